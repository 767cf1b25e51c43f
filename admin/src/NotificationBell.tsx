import NotificationsIcon from "@mui/icons-material/Notifications";
import { gql } from "@apollo/client";
import { Badge, Button as MuiButton, IconButton, ListItemText, Menu, MenuItem, Tooltip, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { client } from "./dataProvider";

const UNREAD = gql`query UnreadNotificationCount { unreadNotificationCount }`;
const LATEST = gql`
  query LatestNotifications {
    notifications(first: 10) { edges { node { id title read createdAt suggestionId } } }
  }
`;
const MARK_READ = gql`mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;

interface Item {
  id: string;
  title: string;
  read: boolean;
  createdAt: string;
  suggestionId: string | null;
}

const POLL_MS = 60_000;

/** 通知铃铛: the unread count (every minute and whenever the window regains focus) and the latest notifications. */
export const NotificationBell = () => {
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [items, setItems] = useState<Item[]>([]);

  const refreshCount = useCallback(async () => {
    const result = await client.query<{ unreadNotificationCount: number }>({ query: UNREAD, fetchPolicy: "no-cache" }).catch(() => null);
    if (result?.data) setUnread(result.data.unreadNotificationCount);
  }, []);

  useEffect(() => {
    void refreshCount();
    const timer = setInterval(refreshCount, POLL_MS);
    window.addEventListener("focus", refreshCount);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", refreshCount);
    };
  }, [refreshCount]);

  const open = async (target: HTMLElement) => {
    setAnchor(target);
    const result = await client.query<{ notifications: { edges: { node: Item }[] } }>({ query: LATEST, fetchPolicy: "no-cache" }).catch(() => null);
    setItems(result?.data.notifications.edges.map((e) => e.node) ?? []);
  };

  const markRead = async (variables: { ids?: string[]; all?: boolean }) => {
    const result = await client.mutate<{ markNotificationsRead: number }>({ mutation: MARK_READ, variables }).catch(() => null);
    if (result?.data) setUnread(result.data.markNotificationsRead);
  };

  const choose = async (item: Item) => {
    setAnchor(null);
    if (!item.read) await markRead({ ids: [item.id] });
    if (item.suggestionId) navigate(`/suggestions/${encodeURIComponent(item.suggestionId)}/show`);
  };

  return (
    <>
      <Tooltip title="通知">
        <IconButton color="inherit" aria-label="通知" onClick={(e) => void open(e.currentTarget)}>
          <Badge badgeContent={unread} color="error" data-testid="notification-badge" data-count={unread}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { maxWidth: 420 } } }}>
        {items.length === 0 && (
          <MenuItem disabled>
            <Typography variant="body2">暂无通知</Typography>
          </MenuItem>
        )}
        {items.map((item) => (
          <MenuItem key={item.id} onClick={() => void choose(item)} sx={{ whiteSpace: "normal", fontWeight: item.read ? 400 : 700 }}>
            <ListItemText
              primary={item.title}
              secondary={new Date(item.createdAt).toLocaleString("zh-CN")}
              slotProps={{ primary: { sx: { fontWeight: "inherit" } } }}
            />
          </MenuItem>
        ))}
        {unread > 0 && (
          <MenuItem onClick={() => void markRead({ all: true }).then(() => setAnchor(null))}>
            <MuiButton size="small">全部标为已读</MuiButton>
          </MenuItem>
        )}
      </Menu>
    </>
  );
};
