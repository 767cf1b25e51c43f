import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableRow } from "@mui/material";
import { gql } from "@apollo/client";
import { useEffect, useState } from "react";
import { Title, useTranslate } from "react-admin";
import { client } from "../../dataProvider";
import { describeError } from "../../errors";

const ME = gql`
  query MyAccount { me { id username displayName phone homeCongress { id name } grants { id role congress { id name } } } }
`;

interface MyAccount {
  username: string;
  displayName: string;
  phone: string | null;
  homeCongress: { name: string };
  grants: { id: string; role: string; congress: { name: string } | null }[];
}

/** The signed-in account's own profile (`me`): every role has one. */
export const MePage = () => {
  const translate = useTranslate();
  const [account, setAccount] = useState<MyAccount | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client
      .query<{ me: MyAccount }>({ query: ME })
      .then((result) => setAccount(result.data.me))
      .catch((e: unknown) => setError(describeError(e)));
  }, []);
  const rows: [string, string][] = account
    ? [
        ["app.me.displayName", account.displayName],
        ["app.me.username", account.username],
        ["app.me.phone", account.phone ?? "—"],
        ["app.me.homeCongress", account.homeCongress.name],
        ["app.me.roles", account.grants.map((g) => `${translate(`enums.role.${g.role}`)}${g.congress ? ` · ${g.congress.name}` : ""}`).join("、")],
      ]
    : [];
  return (
    <Card sx={{ mt: 2 }} data-testid="my-account">
      <Title title={translate("app.me.title")} />
      <CardHeader title={translate("app.me.title")} subheader={error ?? undefined} />
      <CardContent>
        <Table size="small">
          <TableBody>
            {rows.map(([label, value]) => (
              <TableRow key={label}>
                <TableCell component="th">{translate(label)}</TableCell>
                <TableCell>{value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
