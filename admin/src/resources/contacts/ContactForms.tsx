import EventNoteIcon from "@mui/icons-material/EventNote";
import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { useState } from "react";
import { AutocompleteInput, Button, DateInput, Form, ReferenceInput, SaveButton, TextInput, maxLength, required, useTranslate } from "react-admin";
import { client } from "../../dataProvider";
import { useRunMutation } from "../../useRunMutation";
import { ASSIGN, RECORD_VISIT, chinaToday, type Assignment } from "./contactQueries";

const deputyOption = (d: { person: { name: string }; congress: { name: string } }) => `${d.person.name}（${d.congress.name}）`;

/** 安排联系: a standing committee member of the congress takes on a deputy of it or below. */
export const AssignContactForm = ({ congressId, onDone }: { congressId: string; onDone: () => void }) => {
  const run = useRunMutation();
  return (
    <Form
      key={congressId}
      onSubmit={async (values: Record<string, any>) => {
        const input = { congressId, deputyId: values.deputyId, memberName: values.memberName };
        if (await run(client.mutate({ mutation: ASSIGN, variables: { input } }), "app.contacts.assigned")) onDone();
      }}
    >
      <div style={{ display: "flex", gap: 16, alignItems: "center", flexWrap: "wrap" }} data-testid="contact-assign">
        <TextInput source="memberName" label="app.contacts.member" validate={[required(), maxLength(50)]} />
        <ReferenceInput source="deputyId" reference="Deputy" filter={{ withinCongressId: congressId, status: "ACTIVE" }}>
          <AutocompleteInput label="app.contacts.deputy" optionText={deputyOption} filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 300 }} />
        </ReferenceInput>
        <SaveButton label="app.contacts.assign" alwaysEnable />
      </div>
    </Form>
  );
};

/** 记录走访 on one assignment: the day, how, and what was discussed. */
export const RecordVisitButton = ({ assignment, onDone }: { assignment: Assignment; onDone: () => void }) => {
  const translate = useTranslate();
  const run = useRunMutation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="app.contacts.recordVisit" onClick={() => setOpen(true)}>
        <EventNoteIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>
          {translate("app.contacts.visitTitle", { member: assignment.memberName, deputy: assignment.deputy.person.name })}
        </DialogTitle>
        <DialogContent>
          <Form
            defaultValues={{ visitedOn: chinaToday(), form: "走访" }}
            onSubmit={async (values: Record<string, any>) => {
              const input = { assignmentId: assignment.id, visitedOn: values.visitedOn, form: values.form, notes: values.notes || null };
              if (await run(client.mutate({ mutation: RECORD_VISIT, variables: { input } }), "app.contacts.visitRecorded")) {
                setOpen(false);
                onDone();
              }
            }}
          >
            <DateInput source="visitedOn" label="app.contacts.visitedOn" validate={required()} fullWidth />
            <TextInput source="form" label="app.contacts.form" helperText="app.contacts.formHelp" validate={[required(), maxLength(50)]} fullWidth />
            <TextInput source="notes" label="app.contacts.notes" validate={maxLength(2000)} multiline minRows={3} fullWidth />
            <SaveButton label="app.contacts.saveVisit" alwaysEnable />
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
};
