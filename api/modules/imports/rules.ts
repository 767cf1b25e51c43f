import { fields, isAdministrator, isDeputyManager } from "../../auth/rules";

export const importRules = {
  Query: { importTemplate: isDeputyManager, exportDeputies: isDeputyManager, exportStations: isDeputyManager },
  Mutation: { importDeputies: isDeputyManager, importStations: isAdministrator },
  ImportProblem: fields("row", "column", "message"),
  ImportReport: fields("dryRun", "applied", "rows", "created", "reusedPersons", "errors"),
  ExportFile: fields("filename", "mimeType", "rows", "base64"),
};
