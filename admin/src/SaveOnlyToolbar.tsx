import { SaveButton, Toolbar } from "react-admin";

/** For records the API cannot delete: a toolbar without the Delete button. */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
