import DownloadIcon from "@mui/icons-material/Download";
import { Button, useDataProvider, useListContext, useNotify, useTranslate } from "react-admin";
import { describeError } from "./errors";
import { EXPORTS } from "./exportColumns";
import { saveBytes } from "./saveFile";

/** Rows one export takes at most. */
const EXPORT_ROWS = 1000;
/** Rows per request: a page the console's lists already ask for, well inside the API's query cost limit. */
const PAGE_ROWS = 50;

/**
 * The list as filtered and sorted on screen, as an .xlsx built in the browser with Chinese headers and
 * enum labels, for lists whose API has no export query. exceljs loads only when someone exports.
 */
export const ExportXlsxButton = ({ resource }: { resource: keyof typeof EXPORTS }) => {
  const { filterValues, sort } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const spec = EXPORTS[resource];
  const exportRows = async () => {
    try {
      const loading = import("exceljs");
      const data: Record<string, unknown>[] = [];
      for (let page = 1; data.length < EXPORT_ROWS; page++) {
        const result = await dataProvider.getList(resource, { pagination: { page, perPage: PAGE_ROWS }, sort, filter: filterValues });
        data.push(...result.data);
        if (result.data.length < PAGE_ROWS || data.length >= (result.total ?? 0)) break;
      }
      const { default: ExcelJS } = await loading;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(spec.filename);
      sheet.addRow(spec.columns.map((c) => translate(c.header)));
      sheet.getRow(1).font = { bold: true };
      for (const row of data) {
        sheet.addRow(
          spec.columns.map((c) => {
            const value = c.value(row);
            return c.enumGroup && value != null ? translate(`enums.${c.enumGroup}.${value}`) : value ?? "";
          }),
        );
      }
      sheet.columns.forEach((column) => (column.width = 18));
      saveBytes(await workbook.xlsx.writeBuffer(), `${spec.filename}.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } catch (error) {
      notify(describeError(error), { type: "error" });
    }
  };
  return (
    <Button label="app.export.excel" onClick={exportRows}>
      <DownloadIcon />
    </Button>
  );
};
