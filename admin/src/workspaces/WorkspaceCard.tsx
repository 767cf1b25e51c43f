import { Alert, Card, CardContent, CardHeader, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/** One card of a role's workspace: a title, its content, or the reason it could not load, in place. */
export const WorkspaceCard = ({ title, testId, error, empty, children }: { title: string; testId: string; error?: string | null; empty?: string | false; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card data-testid={testId}>
      <CardHeader title={translate(title)} />
      <CardContent>
        {error ? <Alert severity="error">{error}</Alert> : empty ? <Typography color="text.secondary">{translate(empty)}</Typography> : children}
      </CardContent>
    </Card>
  );
};
