import { Box, Link as MuiLink, Stack, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { useTranslate } from "react-admin";
import { publicUrl, useApiQuery } from "./useApiQuery";
import { WorkspaceCard } from "./WorkspaceCard";

const MY_STATIONS = gql`
  query WorkspaceKeeper {
    me { keptStations { id name kind address receptionDays publicCode groups { id name memberCount } } }
  }
`;

interface KeptStation {
  id: string;
  name: string;
  kind: string;
  address: string | null;
  receptionDays: string | null;
  publicCode: string;
  groups: { id: string; name: string; memberCount: number }[];
}

/** A station keeper: the stations they keep, each with its public page, QR code and the groups placed there. */
export const KeeperWorkspace = () => {
  const translate = useTranslate();
  const { data, error } = useApiQuery<{ me: { keptStations: KeptStation[] } | null }>(MY_STATIONS, {});
  const stations = data?.me?.keptStations ?? [];
  return (
    <WorkspaceCard title="app.workspace.keptStations" testId="workspace-keeper" error={error} empty={data && stations.length === 0 ? "app.workspace.noKeptStations" : false}>
      <Stack spacing={3}>
        {stations.map((s) => (
          <Box key={s.id} sx={{ display: "flex", gap: 2, alignItems: "flex-start" }} data-testid="kept-station">
            <img src={publicUrl(`s/${s.publicCode}/qr.svg`)} alt={translate("app.stationCode")} width={96} height={96} />
            <Box>
              <Typography variant="subtitle1">{s.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {[translate(`enums.stationKind.${s.kind}`, { _: s.kind }), s.address, s.receptionDays].filter(Boolean).join(" · ")}
              </Typography>
              <MuiLink href={publicUrl(`s/${s.publicCode}`)} target="_blank" rel="noopener">
                {translate("app.publicPage")}
              </MuiLink>
              <Typography variant="body2" sx={{ mt: 1 }}>
                {s.groups.length
                  ? s.groups.map((g) => translate("app.workspace.groupWithMembers", { name: g.name, count: g.memberCount })).join("、")
                  : translate("app.workspace.noGroupsPlaced")}
              </Typography>
            </Box>
          </Box>
        ))}
      </Stack>
    </WorkspaceCard>
  );
};
