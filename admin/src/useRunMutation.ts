import { useNotify, useRefresh } from "react-admin";
import { describeError } from "./errors";

/** Runs a mutation made outside the data provider, then tells the user how it went and reloads the page's data. */
export function useRunMutation() {
  const notify = useNotify();
  const refresh = useRefresh();
  return async (mutation: Promise<unknown>, successMessage: string): Promise<boolean> => {
    try {
      await mutation;
      notify(successMessage, { type: "success" });
      refresh();
      return true;
    } catch (error) {
      notify(describeError(error), { type: "error" });
      return false;
    }
  };
}
