import { Alert, Box, Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { AutocompleteInput, Form, ReferenceInput, Title, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { client } from "../../dataProvider";
import { describeError } from "../../errors";
import { useHomeId } from "../../Scope";
import { AssignContactForm, RecordVisitButton } from "./ContactForms";
import { ASSIGNMENTS, REPORT, type Assignment, type Report } from "./contactQueries";

const deputyLink = (d: { id: string }) => `/Deputy/${encodeURIComponent(d.id)}/show`;

/** The 5-to-7 report: members outside the range and uncontacted grassroots deputies as warnings, then every member. */
const ReportCard = ({ report }: { report: Report }) => {
  const translate = useTranslate();
  const uncontacted = report.uncontactedGrassrootsDeputies;
  return (
    <Card data-testid="contact-report">
      <CardHeader title={translate("app.contacts.report")} subheader={translate("app.contacts.rule")} />
      <CardContent sx={{ display: "grid", gap: 1 }}>
        {report.membersOutsideRange.map((m) => (
          <Alert key={m.memberName} severity="warning" data-testid="contact-warning">
            {translate(m.deputies < 5 ? "app.contacts.tooFew" : "app.contacts.tooMany", { member: m.memberName, count: m.deputies })}
          </Alert>
        ))}
        {uncontacted.length > 0 && (
          <Alert severity="warning" data-testid="contact-uncontacted">
            {translate("app.contacts.uncontacted", { count: uncontacted.length })}
            {uncontacted.slice(0, 20).map((d, i) => (
              <span key={d.id}>
                {i ? "、" : "："}
                <Link to={deputyLink(d)}>{d.person.name}</Link>
              </span>
            ))}
            {uncontacted.length > 20 && "……"}
          </Alert>
        )}
        {report.membersOutsideRange.length === 0 && uncontacted.length === 0 && <Alert severity="success">{translate("app.contacts.allGood")}</Alert>}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("app.contacts.member")}</TableCell>
              <TableCell>{translate("app.contacts.deputyCount")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.members.map((m) => (
              <TableRow key={m.memberName}>
                <TableCell>{m.memberName}</TableCell>
                <TableCell sx={{ color: m.withinRange ? undefined : "warning.main", fontWeight: m.withinRange ? undefined : "bold" }}>{m.deputies}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

/** 双联系: who keeps in touch with which deputy in the chosen congress, their visits, and the 5-to-7 report. */
export const ContactsPage = () => {
  const translate = useTranslate();
  const { ready, homeId } = useHomeId("congress");
  const [picked, setPicked] = useState<string | null>(null);
  const [assignments, setAssignments] = useState<{ rows: Assignment[]; total: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const congressId = picked ?? homeId ?? null;
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    setAssignments(null);
    setReport(null);
    setError(null);
    if (!congressId) return;
    let current = true;
    const variables = { congressId };
    Promise.all([
      client.query({ query: ASSIGNMENTS, variables, fetchPolicy: "network-only" }),
      client.query({ query: REPORT, variables, fetchPolicy: "network-only" }),
    ])
      .then(([list, summary]) => {
        if (!current) return;
        const connection = list.data.contactAssignments;
        setAssignments({ rows: connection.edges.map((e: { node: Assignment }) => e.node), total: connection.totalCount });
        setReport(summary.data.contactReport);
      })
      .catch((e: unknown) => current && setError(describeError(e)));
    return () => {
      current = false;
    };
  }, [congressId, reloads]);

  if (!ready) return null;
  return (
    <Box sx={{ mt: 2, display: "grid", gap: 2 }}>
      <Title title={translate("app.contacts.title")} />
      <Form record={{ congressId: homeId }}>
        <ReferenceInput source="congressId" reference="Congress" filter={homeId ? { withinId: homeId } : {}}>
          <AutocompleteInput
            label="app.contacts.congress"
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            onChange={(value: string) => setPicked(value || null)}
            sx={{ minWidth: 360 }}
          />
        </ReferenceInput>
      </Form>
      {error && <Alert severity="error">{error}</Alert>}
      {!congressId && <Alert severity="info">{translate("app.contacts.pick")}</Alert>}
      {report && <ReportCard report={report} />}
      {congressId && assignments && (
        <Card>
          <CardHeader title={translate("app.contacts.assignments", { count: assignments.total })} />
          <CardContent>
            <AssignContactForm congressId={congressId} onDone={reload} />
            <Table size="small" data-testid="contact-assignments">
              <TableHead>
                <TableRow>
                  <TableCell>{translate("app.contacts.member")}</TableCell>
                  <TableCell>{translate("app.contacts.deputy")}</TableCell>
                  <TableCell>{translate("app.contacts.visitCount")}</TableCell>
                  <TableCell>{translate("app.contacts.lastVisit")}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {assignments.rows.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      {a.memberName}（{a.congress.name}）
                    </TableCell>
                    <TableCell>
                      <Link to={deputyLink(a.deputy)}>{a.deputy.person.name}</Link>（{a.deputy.congress.name}）
                    </TableCell>
                    <TableCell>{a.visitCount}</TableCell>
                    <TableCell>{a.visits[0] ? `${a.visits[0].visitedOn} ${a.visits[0].form}${a.visits[0].notes ? `：${a.visits[0].notes}` : ""}` : "—"}</TableCell>
                    <TableCell>
                      <RecordVisitButton assignment={a} onDone={reload} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {assignments.rows.length === 0 && <Typography sx={{ mt: 1 }}>{translate("app.contacts.none")}</Typography>}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
