import { Chip, Link as MuiLink, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { useTranslate } from "react-admin";
import { publicUrl, useApiQuery } from "./useApiQuery";
import { WorkspaceCard } from "./WorkspaceCard";

const MY_DEPUTY_WORK = gql`
  query WorkspaceDeputy {
    me {
      person {
        name
        publicCode
        memberships {
          id status constituency
          congress { name } term { number }
          groups { id name stations { id name publicCode } }
        }
      }
      deputyContacts { id memberName visitCount congress { name } }
    }
  }
`;

interface Station { id: string; name: string; publicCode: string }
interface Membership {
  id: string;
  status: string;
  constituency: string;
  congress: { name: string };
  term: { number: number };
  groups: { id: string; name: string; stations: Station[] }[];
}
interface DeputyWork {
  me: {
    person: { name: string; publicCode: string; memberships: Membership[] } | null;
    deputyContacts: { id: string; memberName: string; visitCount: number; congress: { name: string } }[];
  } | null;
}

/** A deputy: the congresses they serve in, their groups and stations, and who keeps in touch with them (双联系). */
export const DeputyWorkspace = () => {
  const translate = useTranslate();
  const { data, error } = useApiQuery<DeputyWork>(MY_DEPUTY_WORK, {});
  const person = data?.me?.person;
  const memberships = person?.memberships ?? [];
  const stations = [...new Map(memberships.flatMap((m) => m.groups.flatMap((g) => g.stations)).map((s) => [s.id, s])).values()];
  const contacts = data?.me?.deputyContacts ?? [];
  const unlinked = data && !person ? "app.workspace.notLinkedDeputy" : false;
  return (
    <>
      <WorkspaceCard title="app.workspace.myMemberships" testId="workspace-deputy" error={error} empty={unlinked}>
        {person && (
          <MuiLink href={publicUrl(`d/${person.publicCode}`)} target="_blank" rel="noopener">
            {translate("app.workspace.myPublicPage", { name: person.name })}
          </MuiLink>
        )}
        <List dense>
          {memberships.map((m) => (
            <ListItem key={m.id} disableGutters>
              <ListItemText
                primary={`${m.congress.name} · ${translate("app.termNumber", { number: m.term.number })} · ${translate(`enums.deputyStatus.${m.status}`, { _: m.status })}`}
                secondary={[m.constituency, ...m.groups.map((g) => g.name)].join(" · ")}
              />
            </ListItem>
          ))}
        </List>
      </WorkspaceCard>
      <WorkspaceCard title="app.workspace.myStations" testId="workspace-deputy-stations" error={error} empty={data && stations.length === 0 ? "app.workspace.noStations" : false}>
        <Stack spacing={1}>
          {stations.map((s) => (
            <MuiLink key={s.id} href={publicUrl(`s/${s.publicCode}`)} target="_blank" rel="noopener">
              {s.name}
            </MuiLink>
          ))}
        </Stack>
      </WorkspaceCard>
      <WorkspaceCard title="app.workspace.myContacts" testId="workspace-deputy-contacts" error={error} empty={data && contacts.length === 0 ? "app.workspace.noContacts" : false}>
        <Stack spacing={1}>
          {contacts.map((c) => (
            <Typography key={c.id}>
              {c.memberName} <Chip size="small" label={translate("app.workspace.visits", { count: c.visitCount })} /> <Typography component="span" color="text.secondary">{c.congress.name}</Typography>
            </Typography>
          ))}
        </Stack>
      </WorkspaceCard>
    </>
  );
};
