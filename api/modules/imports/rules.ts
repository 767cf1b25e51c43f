import { fields, isDeputyManager } from "../../auth/rules";

export const importRules = {
  Query: { exportDeputies: isDeputyManager },
  Mutation: { importDeputies: isDeputyManager },
  ImportProblem: fields("row", "column", "message"),
  ImportReport: fields("dryRun", "applied", "rows", "created", "reusedPersons", "errors"),
  ExportFile: fields("filename", "mimeType", "rows", "base64"),
};
