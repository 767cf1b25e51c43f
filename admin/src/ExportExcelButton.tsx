import DownloadIcon from "@mui/icons-material/Download";
import { gql } from "@apollo/client";
import { Button, useListContext, useNotify } from "react-admin";
import { client, definedOnly } from "./dataProvider";
import { describeError } from "./errors";
import { RESOURCES } from "./resources";
import { saveApiFile } from "./saveFile";

/** The list as filtered on screen, as an Excel file from the resource's export query. */
export const ExportExcelButton = ({ resource }: { resource: "Deputy" | "Station" }) => {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const api = RESOURCES[resource];
  return (
    <Button
      label="app.export.excel"
      onClick={async () => {
        try {
          const query = gql`query Export($filter: ${api.filterType}) { file: ${api.exportQuery}(filter: $filter) { filename mimeType base64 } }`;
          const result = await client.query({ query, variables: { filter: definedOnly(api.filter(filterValues)) }, fetchPolicy: "no-cache" });
          saveApiFile(result.data.file);
        } catch (error) {
          notify(describeError(error), { type: "error" });
        }
      }}
    >
      <DownloadIcon />
    </Button>
  );
};
