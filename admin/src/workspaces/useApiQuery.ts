import type { DocumentNode } from "@apollo/client";
import { useEffect, useState } from "react";
import { client } from "../dataProvider";
import { describeError } from "../errors";

export interface QueryState<T> {
  data: T | null;
  error: string | null;
}

/** Runs a query outside the data provider; a change of variables clears the previous answer first. Skipped while `variables` is null. */
export function useApiQuery<T>(query: DocumentNode, variables: Record<string, unknown> | null): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: null, error: null });
  const key = JSON.stringify(variables);
  useEffect(() => {
    setState({ data: null, error: null });
    if (variables === null) return;
    let current = true;
    client
      .query<T>({ query, variables, fetchPolicy: "network-only" })
      .then((result) => current && setState({ data: result.data, error: null }))
      .catch((e: unknown) => current && setState({ data: null, error: describeError(e) }));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the variables' content
  }, [query, key]);
  return state;
}

/** A public page of the platform (`/s/<code>`, `/d/<code>`), next to the console. */
export const publicUrl = (path: string) => new URL(`../${path}`, window.location.href).toString();
