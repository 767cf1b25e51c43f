// Schema-driven fuzzing: for every query and mutation field, arguments generated from their input
// types (valid-shaped values mixed with hostile ones), run in-process through the real Apollo server.
// Used by test/api/fuzz.test.ts (fixed seed, bounded) and scripts/fuzz.ts (large runs, figures).
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import type { Viewer } from "../../api/auth/viewer";
import type { Prisma } from "../../api/db/prisma";
import { globalId } from "./fixtures";

export interface FuzzCase {
  field: string;
  query: string;
  variables: Record<string, unknown>;
  viewer: string;
}

/** Real rows to refer to, so that generated ids also reach the code behind the existence checks. */
export interface FuzzPools {
  ids: string[];
  idsByType: Record<string, string[]>;
  cursors: string[];
}

/** An argument or input field: its name and, for a global id, the types it refers to (`for:`). */
interface Slot {
  name: string;
  extensions?: { relayGlobalIDFor?: { typename: string }[] | null } | null;
}

const RANDOM_UUID = "3f9c1e2a-7b4d-4c8e-9a1f-5d6e7f8a9b0c";
const hostileStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "%",
  "_",
  "\\",
  "%_\\",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "五华区",
  "昆明市人民代表大会",
  "530102000000",
  "0871-60000000",
  "admin",
  "Passw0rdPassw0rd",
  "x".repeat(10_000),
  "9".repeat(400),
  "-1",
  "1e308",
  "2024-02-30",
  "null",
];
const dateStrings = ["2024-03-05", "2026-01-01", "1990-07-15", "0000-01-01", "9999-12-31", "10000-01-01", "2024-02-30", "2024-13-01", "-0001-01-01", "20240305"];
const dateTimeStrings = [
  "2026-03-05T09:00:00+08:00",
  "2020-01-01T00:00:00Z",
  "-271821-04-20T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "2026-02-30T00:00:00Z",
  "1",
  "yesterday",
];
const hostileInts = [0, 1, -1, 2, 3, 20, 1000, 1001, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1.5];
const hostileFloats = [0, -0, 25.04, 102.71, 3, 90.000001, -180, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY];

const validDate = fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true });

/** Values a careful client would send for a field of this name: well-formed, often accepted. */
function validArbitrary(typeName: string, slot: Slot, pools: FuzzPools): fc.Arbitrary<unknown> {
  const name = slot.name;
  switch (typeName) {
    case "ID": {
      const ids = slot.extensions?.relayGlobalIDFor?.flatMap((t) => pools.idsByType[t.typename] ?? []);
      return fc.constantFrom(...(ids?.length ? ids : pools.ids));
    }
    case "Int":
      return name === "version" ? fc.integer({ min: 1, max: 3 }) : name === "offset" ? fc.nat(10) : fc.integer({ min: 1, max: 30 });
    case "Float":
      if (name === "latitude") return fc.double({ min: 20, max: 30, noNaN: true });
      if (name === "longitude") return fc.double({ min: 97, max: 106, noNaN: true });
      return fc.double({ min: 0.5, max: 50, noNaN: true });
    case "Boolean":
      return fc.boolean();
    case "Date":
      return validDate.map((d) => d.toISOString().slice(0, 10));
    case "DateTime":
      return validDate.map((d) => d.toISOString());
  }
  if (name === "after" || name === "before") return fc.constantFrom(...pools.cursors);
  if (name === "code") return fc.stringMatching(/^53\d{10}$/);
  if (name === "username") return fc.stringMatching(/^[a-z][a-z0-9]{3,12}$/);
  if (/password/i.test(name)) return fc.constantFrom("renda2026demo", "Passw0rdPassw0rd", "short1");
  if (/phone/i.test(name)) return fc.stringMatching(/^0871-6\d{7}$/);
  if (name === "idNumber") return fc.stringMatching(/^53010\d{12}[0-9X]$/);
  if (name === "fileBase64") return fc.constantFrom("bmFtZSxjb2RlCuS6lOWNjuWMuiw1MzAxMDIK", "");
  return fc.oneof(fc.constantFrom("五华区", "昆明市人民代表大会", "华山街道", "张三", "民族团结"), fc.string({ minLength: 1, maxLength: 12 }));
}

/** Ids of the wrong shape, the wrong type, an unknown type, and of rows that do not exist. */
function idArbitrary(pools: FuzzPools): fc.Arbitrary<string> {
  const typeNames = ["Congress", "Region", "Deputy", "Station", "User", "Term", "Nope", "Node", "Query"];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...typeNames), fc.uuid()).map(([t, id]) => globalId(t, id)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...typeNames), fc.constantFrom("not-a-uuid", "1", "", RANDOM_UUID.toUpperCase(), `${RANDOM_UUID}\u0000`, "' OR 1=1")).map(([t, id]) => globalId(t, id)) },
    { weight: 1, arbitrary: fc.base64String({ maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileStrings) },
  );
}

function stringArbitrary(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  const shaped =
    name === "after" || name === "before"
      ? fc.oneof(fc.constantFrom(...pools.cursors), fc.base64String({ maxLength: 60 }), fc.uuid().map((id) => Buffer.from(`GPC:S:${id}`).toString("base64")))
      : name === "fileBase64"
        ? fc.oneof(fc.base64String({ maxLength: 200 }), fc.constantFrom("UEsDBAo=", "bmFtZSxjb2RlCuS6lOWNjuWMuiw1MzAxMDIK"))
        : fc.string({ maxLength: 40 });
  return fc.oneof(
    { weight: 3, arbitrary: shaped },
    { weight: 2, arbitrary: fc.constantFrom(...hostileStrings) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  );
}

function scalarArbitrary(typeName: string, argName: string, pools: FuzzPools): fc.Arbitrary<unknown> {
  switch (typeName) {
    case "ID":
      return idArbitrary(pools);
    case "String":
      return stringArbitrary(argName, pools);
    case "Int":
      return fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom(...hostileInts), fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }));
    case "Float":
      return fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), fc.constantFrom(...hostileFloats));
    case "Boolean":
      return fc.boolean();
    case "Date":
      return fc.oneof(fc.constantFrom(...dateStrings), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    case "DateTime":
      return fc.oneof(fc.constantFrom(...dateTimeStrings), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
    default:
      return fc.string({ maxLength: 20 });
  }
}

/**
 * A value for an input type. `hostile`: mostly right-shaped but with hostile scalars, sometimes null
 * or of the wrong shape entirely; otherwise only what a careful client sends, to reach the code behind validation.
 */
function valueArbitrary(type: GraphQLInputType, slot: Slot, pools: FuzzPools, hostile: boolean, depth = 0): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = required ? type.ofType : type;
  let shaped: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    shaped = fc.array(valueArbitrary(inner.ofType, slot, pools, hostile, depth + 1), { maxLength: 4 });
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, depth > 3 ? fc.constant(null) : valueArbitrary(f.type, f as Slot, pools, hostile, depth + 1)]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    shaped = hostile ? fc.oneof({ weight: 6, arbitrary: fc.record(model, { requiredKeys }) }, { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) }) : fc.record(model, { requiredKeys });
  } else if (isEnumType(inner)) {
    const values = fc.constantFrom(...inner.getValues().map((v) => v.name));
    shaped = hostile ? fc.oneof({ weight: 8, arbitrary: values }, { weight: 1, arbitrary: fc.constant("NOT_A_VALUE") }) : values;
  } else {
    shaped = hostile ? scalarArbitrary(inner.name, slot.name, pools) : validArbitrary(inner.name, slot, pools);
  }
  if (!hostile) return required ? shaped : fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: fc.constant(null) });
  const wrongShape = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant([[[]]]), fc.constant({}));
  return fc.oneof({ weight: 20, arbitrary: shaped }, { weight: required ? 1 : 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongShape });
}

/** Every leaf field without required arguments; connections and the root's object fields one level deeper. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (isUnionType(named)) return "{ __typename }";
  if (isInterfaceType(named)) return named.getFields().id ? "{ __typename id }" : "{ __typename }";
  if (!isObjectType(named)) return "";
  const follow = depth === 0 || named.name.endsWith("Connection") || named.name.endsWith("Edge");
  const parts = ["__typename"];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (follow && depth < 3) parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `${kind} Fuzz${definitions ? `(${definitions})` : ""} { ${field.name}${args ? `(${args})` : ""} ${selection(field.type)} }`;
}

/** Cases over every root field of the schema, with a viewer chosen from `viewers`. */
export function fuzzCases(schema: GraphQLSchema, pools: FuzzPools, viewers: readonly string[]): fc.Arbitrary<FuzzCase> {
  const roots = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const;
  const perField = roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const query = operationFor(kind, field);
      const variablesOf = (hostile: boolean) =>
        fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueArbitrary(a.type, a as Slot, pools, hostile)])), {
          requiredKeys: hostile ? [] : field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
        });
      const variables = fc.oneof(variablesOf(true), variablesOf(false));
      return fc.record({ field: fc.constant(`${kind === "query" ? "Query" : "Mutation"}.${field.name}`), query: fc.constant(query), variables, viewer: fc.constantFrom(...viewers) });
    }),
  );
  return fc.oneof(...perField) as fc.Arbitrary<FuzzCase>;
}

/** Global ids of real rows of every node type, and real cursors. */
export async function loadFuzzPools(prisma: Prisma): Promise<FuzzPools> {
  const take = 5;
  const pick = { select: { id: true }, take } as const;
  const groups: [string, { id: string }[]][] = [
    ["Region", await prisma.region.findMany(pick)],
    ["Congress", await prisma.congress.findMany(pick)],
    ["CongressBody", await prisma.congressBody.findMany(pick)],
    ["Term", await prisma.term.findMany(pick)],
    ["Deputy", await prisma.deputyMembership.findMany(pick)],
    ["Station", await prisma.station.findMany(pick)],
    ["User", await prisma.user.findMany(pick)],
    ["RoleGrant", await prisma.roleGrant.findMany(pick)],
    ["WorkingGroup", await prisma.workingGroup.findMany(pick)],
    ["HandlingUnit", await prisma.handlingUnit.findMany(pick)],
    ["ContactAssignment", await prisma.contactAssignment.findMany(pick)],
  ];
  const idsByType = Object.fromEntries(groups.map(([type, rows]) => [type, rows.map((r) => globalId(type, r.id))]));
  const cursors = groups.flatMap(([, rows]) => rows.map((r) => Buffer.from(`GPC:S:${r.id}`).toString("base64")));
  return { ids: Object.values(idsByType).flat(), idsByType, cursors };
}

export type FuzzViewers = Record<string, Viewer>;
