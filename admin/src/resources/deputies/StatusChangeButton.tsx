import HowToRegIcon from "@mui/icons-material/HowToReg";
import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { gql } from "@apollo/client";
import { useState } from "react";
import { Button, DateInput, Form, SaveButton, SelectInput, TextInput, maxLength, required, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { client } from "../../dataProvider";
import { describeError, errorCode } from "../../errors";
import { useCanChange } from "../../Scope";

const CHANGE = gql`
  mutation ChangeStatus($id: ID!, $input: ChangeDeputyStatusInput!) { changeDeputyStatus(id: $id, input: $input) { id status version } }
`;

/** The changes the API allows from each status (api/modules/deputies/service.ts STATUS_TRANSITIONS). */
const NEXT_STATUSES: Record<string, string[]> = {
  ACTIVE: ["RESIGNED", "TERMINATED", "RECALLED", "DECEASED"],
};

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** 资格变动: records a status change with the qualification review behind it. */
export const StatusChangeButton = () => {
  const record = useRecordContext();
  const may = useCanChange();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  // The version the user saw when opening the form: a refetch meanwhile must not hide someone else's change.
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  const open = openedAt !== null;
  const close = () => setOpenedAt(null);
  const next = NEXT_STATUSES[record?.status] ?? [];
  if (!record || !may(record) || next.length === 0) return null;
  const submit = async (values: Record<string, any>) => {
    try {
      const input = { status: values.status, effectiveOn: values.effectiveOn, review: values.review, reason: values.reason || null, version: openedAt };
      await client.mutate({ mutation: CHANGE, variables: { id: record.id, input } });
      notify("app.status.done", { type: "success" });
      close();
      refresh();
    } catch (error) {
      // A stale version means someone changed this deputy meanwhile: say so plainly, in Chinese.
      notify(errorCode(error) === "CONFLICT" ? translate("app.status.stale") : describeError(error), { type: "error" });
    }
  };
  return (
    <>
      <Button label="app.status.button" onClick={() => setOpenedAt(record.version)}>
        <HowToRegIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth>
        <DialogTitle>{translate("app.status.title")}</DialogTitle>
        <DialogContent>
          <Form onSubmit={submit} defaultValues={{ effectiveOn: today() }}>
            <SelectInput
              source="status"
              label="app.status.to"
              choices={next.map((id) => ({ id, name: `enums.deputyStatus.${id}` }))}
              validate={required()}
              fullWidth
            />
            <DateInput source="effectiveOn" label="app.effectiveOn" validate={required()} fullWidth />
            <TextInput source="review" label="app.review" helperText="app.status.reviewHelp" validate={[required(), maxLength(200)]} fullWidth />
            <TextInput source="reason" label="app.status.reason" validate={maxLength(500)} multiline fullWidth />
            <SaveButton label="app.status.save" alwaysEnable />
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
};
