import fs from "node:fs";
import path from "node:path";
import { Kind, parse, print, type OperationDefinitionNode } from "graphql";
import { RESOURCES } from "../../admin/src/resources";
import { ASSIGNMENTS, REPORT } from "../../admin/src/resources/contacts/contactQueries";
import { loadConfig } from "../../api/config";
import { queryCost } from "../../api/graphql/limits/cost";
import { shapeRefusal } from "../../api/graphql/limits/refusals";
import { apiSettings } from "../../api/graphql/limits/settings";
import { measureDocument } from "../../api/graphql/limits/shape";
import { OPERATIONS_DIR } from "../../api/graphql/limits/trusted-documents";
import { buildSchema } from "../../api/graphql/schema";

const schema = buildSchema();
const defaults = apiSettings(loadConfig({}));
/** react-admin offers pages of up to 50 rows; twice that leaves room for a larger choice later. */
const PER_PAGE = 100;

/** The documents the console builds (dataProvider.ts), one per resource and kind of call. */
function consoleDocuments(): [string, string, Record<string, unknown>][] {
  const documents: [string, string, Record<string, unknown>][] = [];
  for (const [resource, api] of Object.entries(RESOURCES)) {
    documents.push([
      `${resource} list`,
      `query List($first: Int, $offset: Int) { items: ${api.list}(first: $first, offset: $offset) { totalCount edges { node { ${api.fields} } } } }`,
      { first: PER_PAGE, offset: 0 },
    ]);
    documents.push([`${resource} one`, `query One($id: ID!) { node(id: $id) { ... on ${resource} { ${api.fields} } } }`, { id: "x" }]);
    const ids = Array.from({ length: PER_PAGE }, (_, i) => String(i));
    documents.push([`${resource} many`, `query Many($ids: [ID!]!) { nodes(ids: $ids) { ... on ${resource} { ${api.fields} } } }`, { ids }]);
  }
  documents.push([
    "coverage page",
    `query Coverage($id: ID!) { stationCoverage(congressId: $id) { activeDeputies deputiesWithoutStation stations stationsWithoutDeputies
      byLevel { level activeDeputies deputiesWithoutStation } unplacedDeputies { id person { name } congress { name } } emptyStations { id name } } }`,
    { id: "x" },
  ]);
  documents.push(["contacts page: assignments", print(ASSIGNMENTS), { congressId: "x" }]);
  documents.push(["contacts page: report", print(REPORT), { congressId: "x" }]);
  documents.push([
    "benchmark: deputies of a county",
    `query ($c: ID!) { deputies(first: 50, filter: { withinCongressId: $c, status: ACTIVE }) { totalCount edges { node { id person { name idNumber } congress { name } groups { name stations { name } } } } } }`,
    { c: "x" },
  ]);
  for (const file of fs.readdirSync(OPERATIONS_DIR)) {
    const text = fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8");
    for (const definition of parse(text).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) documents.push([`${file} ${definition.name?.value}`, text, { first: PER_PAGE }]);
    }
  }
  return documents;
}

describe("the largest legitimate queries stay under the default limits", () => {
  const documents = consoleDocuments();
  const costs: Record<string, number> = {};

  it.each(documents)("%s", (name, text, variables) => {
    const document = parse(text, { maxTokens: defaults.maxTokens });
    expect(shapeRefusal(measureDocument(document), defaults)).toBeUndefined();
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    for (const operation of operations) {
      costs[name] = Math.max(costs[name] ?? 0, queryCost(schema, document, operation, variables));
      expect(costs[name]).toBeLessThanOrEqual(defaults.maxCost);
    }
  });

  it("with room to spare: the costliest is under half the limit", () => {
    const [costliest, cost] = Object.entries(costs).sort((a, b) => b[1] - a[1])[0];
    expect({ costliest, cost, underHalf: cost < defaults.maxCost / 2 }).toMatchObject({ underHalf: true });
  });
});
