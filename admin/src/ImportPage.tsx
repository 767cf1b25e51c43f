import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Box, Button, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { useRef, useState } from "react";
import { Form, SelectInput, Title, required, useGetOne, useTranslate } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import { useWatch } from "react-hook-form";
import { client } from "./dataProvider";
import { describeError } from "./errors";
import { CongressPicker } from "./Pickers";
import { saveApiFile } from "./saveFile";

const REPORT_FIELDS = "dryRun applied rows created reusedPersons errors { row column message }";

/** What can be imported: the mutation, whether a term is chosen besides the congress, and its template. */
const IMPORTS = {
  Deputy: {
    mutation: gql`mutation ImportDeputies($input: ImportDeputiesInput!) { report: importDeputies(input: $input) { ${REPORT_FIELDS} } }`,
    needsTerm: true,
    help: "app.import.help",
    template: "DEPUTIES",
  },
  Station: {
    mutation: gql`mutation ImportStations($input: ImportStationsInput!) { report: importStations(input: $input) { ${REPORT_FIELDS} } }`,
    needsTerm: false,
    help: "app.import.stationHelp",
    template: "STATIONS",
  },
} as const;

interface Report {
  dryRun: boolean;
  applied: boolean;
  rows: number;
  created: number;
  reusedPersons: number;
  errors: { row: number; column: string; message: string }[];
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const TEMPLATE = gql`query ImportTemplate($kind: ImportKind!) { file: importTemplate(kind: $kind) { filename mimeType base64 } }`;

/** Saves the import's Excel template (header, example row, 填写说明 sheet). */
async function downloadTemplate(kind: string) {
  const result = await client.query<{ file: { filename: string; mimeType: string; base64: string } }>({ query: TEMPLATE, variables: { kind }, fetchPolicy: "no-cache" });
  saveApiFile(result.data!.file);
}

/** The resource's list filtered to the congress the rows went to. */
const listOfImported = (resource: keyof typeof IMPORTS, congressId: string) => `/${resource}?filter=${encodeURIComponent(JSON.stringify({ congressId }))}`;

const TermChoice = () => {
  const congressId = useWatch({ name: "congressId" });
  const translate = useTranslate();
  const { data } = useGetOne("Congress", { id: congressId }, { enabled: Boolean(congressId) });
  const choices = (data?.terms ?? []).map((t: { id: string; number: number }) => ({ id: t.id, name: translate("app.termNumber", { number: t.number }) }));
  return <SelectInput source="termId" label="resources.Deputy.fields.termId" choices={choices} validate={required()} translateChoice={false} />;
};

/** 批量导入: check first (every bad row listed), then write all rows or none. */
export const ImportPage = ({ resource }: { resource: keyof typeof IMPORTS }) => {
  const spec = IMPORTS[resource];
  const translate = useTranslate();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [congressId, setCongressId] = useState<string | null>(null);

  const template = async () => {
    setError(null);
    try {
      await downloadTemplate(spec.template);
    } catch (e) {
      setError(describeError(e));
    }
  };

  const run = async (values: Record<string, any>, dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const fileBase64 = await toBase64(file);
      const format = file.name.toLowerCase().endsWith(".csv") ? "CSV" : "XLSX";
      const input = { congressId: values.congressId, format, fileBase64, dryRun, ...(spec.needsTerm ? { termId: values.termId } : {}) };
      const result = await client.mutate<{ report: Report }>({ mutation: spec.mutation, variables: { input } });
      setReport(result.data!.report);
      setCongressId(values.congressId);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 960 }}>
      <Title title={translate("app.import.title")} />
      <Typography sx={{ mb: 1 }}>{translate(spec.help)}</Typography>
      <Button sx={{ mb: 2 }} variant="text" startIcon={<DownloadIcon />} onClick={template} data-testid="import-template">
        {translate("app.import.template")}
      </Button>
      <ImportForm file={file} setFile={setFile} busy={busy} onRun={run} needsTerm={spec.needsTerm} />
      {busy && <LinearProgress sx={{ my: 2 }} data-testid="import-progress" />}
      {error && <Alert severity="error">{error}</Alert>}
      {report && (
        <Box data-testid="import-report" sx={{ mt: 2 }}>
          <Alert severity={report.errors.length ? "error" : report.applied ? "success" : "info"}>
            {report.errors.length
              ? translate("app.import.bad", { rows: report.rows, errors: report.errors.length })
              : report.applied
                ? translate(resource === "Deputy" ? "app.import.done" : "app.import.doneStations", { created: report.created, reused: report.reusedPersons })
                : translate("app.import.checked", { rows: report.rows })}
            {report.applied && congressId && (
              <Button component={RouterLink} to={listOfImported(resource, congressId)} size="small" sx={{ ml: 2 }} data-testid="import-created-link">
                {translate(resource === "Deputy" ? "app.import.showDeputies" : "app.import.showStations", { created: report.created })}
              </Button>
            )}
          </Alert>
          {report.errors.length > 0 && (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate("app.import.row")}</TableCell>
                  <TableCell>{translate("app.import.column")}</TableCell>
                  <TableCell>{translate("app.import.reason")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.errors.slice(0, 500).map((e, i) => (
                  <TableRow key={i}>
                    <TableCell>{e.row}</TableCell>
                    <TableCell>{e.column}</TableCell>
                    <TableCell>{e.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      )}
    </Box>
  );
};

const ImportForm = ({
  file,
  setFile,
  busy,
  onRun,
  needsTerm,
}: {
  file: File | null;
  setFile: (file: File | null) => void;
  busy: boolean;
  onRun: (values: Record<string, any>, dryRun: boolean) => void;
  needsTerm: boolean;
}) => {
  const translate = useTranslate();
  // Which button submitted: a ref, since the click and the submit happen in the same tick.
  const dryRun = useRef(true);
  return (
    <Form onSubmit={(values: Record<string, any>) => onRun(values, dryRun.current)}>
      <Stack spacing={1}>
        <CongressPicker source="congressId" label="resources.Deputy.fields.congressId" validate={required()} sx={{ minWidth: 360 }} />
        {needsTerm && <TermChoice />}
        <input type="file" accept=".xlsx,.csv" data-testid="import-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="outlined" disabled={!file || busy} onClick={() => (dryRun.current = true)}>
            {translate("app.import.check")}
          </Button>
          <Button type="submit" variant="contained" disabled={!file || busy} onClick={() => (dryRun.current = false)}>
            {translate("app.import.apply")}
          </Button>
        </Stack>
      </Stack>
    </Form>
  );
};
