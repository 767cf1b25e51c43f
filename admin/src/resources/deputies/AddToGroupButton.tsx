import GroupAddIcon from "@mui/icons-material/GroupAdd";
import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { gql } from "@apollo/client";
import { useState } from "react";
import { AutocompleteInput, Button, Form, ReferenceInput, SaveButton, required, useListContext, useUnselectAll } from "react-admin";
import { client } from "../../dataProvider";
import { useRunMutation } from "../../useRunMutation";
import { useHomeId } from "../../Scope";

const ADD = gql`
  mutation Add($g: ID!, $d: [ID!]!) { addWorkingGroupMembers(id: $g, deputyIds: $d) { id memberCount } }
`;

/** Bulk action: the selected deputies join a working group (its members stay). */
export const AddToGroupButton = () => {
  const { selectedIds } = useListContext();
  const unselectAll = useUnselectAll("Deputy");
  const run = useRunMutation();
  const [open, setOpen] = useState(false);
  // The groups of the account's congress and below: those it may change.
  const { homeId } = useHomeId("congress");
  return (
    <>
      <Button label="app.groups.addSelected" onClick={() => setOpen(true)}>
        <GroupAddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{selectedIds.length}</DialogTitle>
        <DialogContent>
          <Form
            onSubmit={async (values: Record<string, any>) => {
              if (await run(client.mutate({ mutation: ADD, variables: { g: values.groupId, d: selectedIds } }), "app.groups.membersSaved")) {
                unselectAll();
                setOpen(false);
              }
            }}
          >
            <ReferenceInput source="groupId" reference="WorkingGroup" filter={homeId ? { withinCongressId: homeId } : {}}>
              <AutocompleteInput label="resources.WorkingGroup.name" optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
            </ReferenceInput>
            <SaveButton label="app.groups.addSelected" alwaysEnable />
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
};
