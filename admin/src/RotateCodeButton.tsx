import AutorenewIcon from "@mui/icons-material/Autorenew";
import { gql } from "@apollo/client";
import { useState } from "react";
import { Button, Confirm, useRecordContext } from "react-admin";
import { client } from "./dataProvider";
import { useCanChange } from "./Scope";
import { useRunMutation } from "./useRunMutation";

const ROTATE = {
  Station: gql`mutation RotateStation($id: ID!) { rotateStationCode(id: $id) { id publicCode } }`,
  Deputy: gql`mutation RotateDeputy($id: ID!) { rotateDeputyCode(id: $id) { id person { publicCode } } }`,
};

/** 更换二维码: a new public code, after a confirmation that says the printed QR codes stop working. */
export const RotateCodeButton = ({ resource }: { resource: keyof typeof ROTATE }) => {
  const record = useRecordContext();
  const may = useCanChange();
  const run = useRunMutation();
  const [open, setOpen] = useState(false);
  if (!record || !may(record)) return null;
  const rotate = async () => {
    setOpen(false);
    await run(client.mutate({ mutation: ROTATE[resource], variables: { id: record.id } }), "app.rotate.done");
  };
  return (
    <>
      <Button label="app.rotate.button" onClick={() => setOpen(true)}>
        <AutorenewIcon />
      </Button>
      <Confirm isOpen={open} title="app.rotate.title" content="app.rotate.warning" confirm="app.rotate.confirm" onConfirm={rotate} onClose={() => setOpen(false)} />
    </>
  );
};
