import { List, ListItem, ListItemText, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { useTranslate } from "react-admin";
import { useApiQuery } from "./useApiQuery";
import { WorkspaceCard } from "./WorkspaceCard";

const MY_UNITS = gql`
  query WorkspaceUnits { me { units { id name kind congress { name } } } }
`;

interface Unit { id: string; name: string; kind: string; congress: { name: string } }

/** Handling-unit staff: the units they answer for; the suggestion queue arrives with the suggestions module. */
export const UnitWorkspace = () => {
  const translate = useTranslate();
  const { data, error } = useApiQuery<{ me: { units: Unit[] } | null }>(MY_UNITS, {});
  const units = data?.me?.units ?? [];
  return (
    <>
      <WorkspaceCard title="app.workspace.myUnits" testId="workspace-unit" error={error} empty={data && units.length === 0 ? "app.workspace.noUnits" : false}>
        <List dense>
          {units.map((u) => (
            <ListItem key={u.id} disableGutters>
              <ListItemText primary={u.name} secondary={`${translate(`enums.unitKind.${u.kind}`, { _: u.kind })} · ${u.congress.name}`} />
            </ListItem>
          ))}
        </List>
      </WorkspaceCard>
      <WorkspaceCard title="app.workspace.suggestionQueue" testId="workspace-unit-queue">
        <Typography color="text.secondary">{translate("app.workspace.queueComing")}</Typography>
      </WorkspaceCard>
    </>
  );
};

/** Supervisors: their supervision work arrives with the supervision module (issue 13). */
export const SupervisorWorkspace = () => {
  const translate = useTranslate();
  return (
    <WorkspaceCard title="app.workspace.supervision" testId="workspace-supervisor">
      <Typography color="text.secondary">{translate("app.workspace.supervisionComing")}</Typography>
    </WorkspaceCard>
  );
};
