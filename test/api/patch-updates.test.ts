// Patch semantics of every update mutation, generated from the schema: omitted = unchanged,
// null = cleared (optional fields) or BAD_USER_INPUT naming the field (required ones).
import { getNamedType, isInputObjectType, isNonNullType, type GraphQLInputObjectType } from "graphql";
import type { Prisma } from "../../api/db/prisma";
import { buildSchema } from "../../api/graphql/schema";
import { codes, platformAdmin, useDemoApi } from "../helpers/api";
import { globalId } from "../helpers/fixtures";

const env = useDemoApi();

type State = Record<string, unknown>;

interface Sample {
  /** The node type of the record's global id. */
  typename: string;
  /** The record to update (raw id). */
  target: (prisma: Prisma) => Promise<string>;
  /** A valid value for every input field but `version`; nested input fields as `person.phone`. */
  values: (prisma: Prisma) => Promise<Record<string, unknown>>;
  /** Fields that cannot be cleared on this record. */
  required: string[];
  /** Fields cleared only together (a rule spans them). */
  together?: string[][];
  /** The stored state, keyed like `values`, plus `version`. */
  state: (prisma: Prisma, id: string) => Promise<State>;
}

const pick = (row: object, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]]));
const json = (value: unknown): State => JSON.parse(JSON.stringify(value));
const columns = async (row: Promise<object>, keys: string[]) => json(pick(await row, [...keys, "version"]));

const SETTINGS_DEFAULTS = { replyDueMonths: 3, reassignmentWorkingDays: 5, motionMinCoSigners: 10, dueSoonDays: 14 };
const latestTerm = (p: Prisma) => p.term.findFirstOrThrow({ orderBy: [{ startDate: "desc" }, { id: "asc" }] });

/** One row per update mutation; a mutation without a row fails the coverage test below. */
const SAMPLES: Record<string, Sample> = {
  updateStation: {
    typename: "Station",
    target: async (p) => (await p.station.findFirstOrThrow({ where: { kind: { not: "ONLINE" } }, orderBy: { name: "asc" } })).id,
    values: async () => ({
      name: "补丁测试工作站",
      address: "五华区测试路1号",
      latitude: 25.05,
      longitude: 102.7,
      openingHours: "周一至周五 9:00–17:00",
      receptionDays: "每月15日",
      keeperName: "李守站",
      keeperPhone: "0871-1234567",
      active: true,
    }),
    required: ["name", "active", "address"],
    together: [["latitude", "longitude"]],
    state: (p, id) =>
      columns(p.station.findUniqueOrThrow({ where: { id } }), ["name", "address", "latitude", "longitude", "openingHours", "receptionDays", "keeperName", "keeperPhone", "active"]),
  },
  updateDeputy: {
    typename: "Deputy",
    target: async (p) => (await p.deputyMembership.findFirstOrThrow({ where: { status: "ACTIVE" }, orderBy: { createdAt: "asc" } })).id,
    values: async () => ({
      constituency: "测试选区",
      delegation: "测试代表团",
      occupation: "WORKER",
      grassroots: true,
      party: "中国共产党",
      "person.name": "补丁测试",
      "person.gender": "FEMALE",
      "person.ethnicity": "白族",
      "person.birthDate": "1980-02-03",
      "person.idNumber": "11010519491231002X",
      "person.phone": "13800000001",
    }),
    required: ["constituency", "occupation", "grassroots", "party", "person.name", "person.gender", "person.ethnicity"],
    state: async (p, id) => {
      const membership = await p.deputyMembership.findUniqueOrThrow({ where: { id }, include: { person: true } });
      const person = pick(membership.person, ["name", "gender", "ethnicity", "birthDate", "idNumber", "phone"]);
      return json({
        ...pick(membership, ["constituency", "delegation", "occupation", "grassroots", "party", "version"]),
        ...Object.fromEntries(Object.entries(person).map(([k, v]) => [`person.${k}`, v])),
      });
    },
  },
  updateWorkingGroup: {
    typename: "WorkingGroup",
    target: async (p) => (await p.workingGroup.findFirstOrThrow({ orderBy: { name: "asc" } })).id,
    values: async (p) => {
      const group = await p.workingGroup.findFirstOrThrow({ orderBy: { name: "asc" } });
      const leader = await p.deputyMembership.findFirstOrThrow({ where: { congressId: group.congressId } });
      return { name: "补丁测试代表小组", leaderId: globalId("Deputy", leader.id) };
    },
    required: ["name"],
    state: async (p, id) => {
      const group = await p.workingGroup.findUniqueOrThrow({ where: { id } });
      return json({ name: group.name, leaderId: group.leaderMembershipId, version: group.version });
    },
  },
  updateCongress: {
    typename: "Congress",
    target: async (p) => (await p.congress.findFirstOrThrow({ where: { level: "COUNTY" }, orderBy: { id: "asc" } })).id,
    values: async () => ({ name: "五华区人民代表大会（测试）", shortName: "五华人大", address: "五华区人大路1号" }),
    required: ["name"],
    state: (p, id) => columns(p.congress.findUniqueOrThrow({ where: { id } }), ["name", "shortName", "address"]),
  },
  updateRegion: {
    typename: "Region",
    target: async (p) => (await p.region.findFirstOrThrow({ where: { name: "五华区" } })).id,
    values: async () => ({ name: "五华区（测试）" }),
    required: ["name"],
    state: (p, id) => columns(p.region.findUniqueOrThrow({ where: { id } }), ["name"]),
  },
  updateTerm: {
    typename: "Term",
    // The latest term overall is the latest of its congress, so it may become open-ended.
    target: async (p) => (await latestTerm(p)).id,
    values: async (p) => {
      const term = await latestTerm(p);
      const end = new Date(term.startDate.getTime() + 5 * 365 * 86_400_000);
      return { startDate: term.startDate.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) };
    },
    required: ["startDate"],
    state: (p, id) => columns(p.term.findUniqueOrThrow({ where: { id } }), ["startDate", "endDate"]),
  },
  updateHandlingUnit: {
    typename: "HandlingUnit",
    target: async (p) => (await p.handlingUnit.findFirstOrThrow({ where: { kind: "COURT" }, orderBy: { name: "asc" } })).id,
    values: async () => ({ name: "补丁测试法院", kind: "COURT", active: true }),
    required: ["name", "kind", "active"],
    state: (p, id) => columns(p.handlingUnit.findUniqueOrThrow({ where: { id } }), ["name", "kind", "active"]),
  },
  updateSuggestionCategory: {
    typename: "SuggestionCategory",
    target: async (p) => (await p.suggestionCategory.findFirstOrThrow({ where: { name: "其他" }, orderBy: { id: "asc" } })).id,
    values: async () => ({ name: "补丁测试分类", sortOrder: 20, active: true }),
    required: ["name", "sortOrder", "active"],
    state: (p, id) => columns(p.suggestionCategory.findUniqueOrThrow({ where: { id } }), ["name", "sortOrder", "active"]),
  },
  updateSuggestionSettings: {
    typename: "Congress",
    target: async (p) => (await p.congress.findFirstOrThrow({ where: { level: "COUNTY" }, orderBy: { id: "asc" } })).id,
    values: async () => ({ replyDueMonths: 4, reassignmentWorkingDays: 6, motionMinCoSigners: 8, dueSoonDays: 10 }),
    required: ["replyDueMonths", "reassignmentWorkingDays", "motionMinCoSigners", "dueSoonDays"],
    // No row means the defaults at version 1, as the API shows them.
    state: async (p, congressId) =>
      json(pick((await p.suggestionSettings.findUnique({ where: { congressId } })) ?? { ...SETTINGS_DEFAULTS, version: 1 }, [...Object.keys(SETTINGS_DEFAULTS), "version"])),
  },
  updateUser: {
    typename: "User",
    target: async (p) => (await p.user.findUniqueOrThrow({ where: { username: "wh.staff" } })).id,
    values: async () => ({ displayName: "五华区代表工作室（测试）", phone: "13900000002", active: true }),
    required: ["displayName", "active"],
    state: (p, id) => columns(p.user.findUniqueOrThrow({ where: { id } }), ["displayName", "phone", "active"]),
  },
};

const schema = buildSchema();
const updateMutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => /^update[A-Z]/.test(f.name));

function inputTypeOf(mutation: string): GraphQLInputObjectType {
  const arg = schema.getMutationType()!.getFields()[mutation].args.find((a) => a.name === "input")!;
  return getNamedType(arg.type) as GraphQLInputObjectType;
}

/** The argument naming the record: `id`, or the congress of per-congress settings. */
function recordArgOf(mutation: string): string {
  return schema.getMutationType()!.getFields()[mutation].args.find((a) => a.name !== "input")!.name;
}

/** Leaf input fields as dotted paths; nested input objects are walked. */
function leafFields(type: GraphQLInputObjectType, prefix = ""): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    if (isInputObjectType(named)) return leafFields(named, `${prefix}${field.name}.`);
    return field.name === "version" ? [] : [`${prefix}${field.name}`];
  });
}

/** Builds the nested input object from dotted paths. */
function inputOf(flat: Record<string, unknown>, version: number): Record<string, unknown> {
  const input: Record<string, unknown> = { version };
  for (const [path, value] of Object.entries(flat)) {
    const [head, tail] = path.split(".");
    if (tail) input[head] = { ...(input[head] as object), [tail]: value };
    else input[head] = value;
  }
  return input;
}

const without = (state: State, keys: string[]) => Object.fromEntries(Object.entries(state).filter(([k]) => !keys.includes(k)));

describe("update mutations have patch semantics", () => {
  it("every update mutation has a sample (each sample's values must cover its input's fields, checked below)", () => {
    expect(updateMutations.map((m) => m.name).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it("every update input field is optional except version, and says what omitting and null do", () => {
    for (const mutation of updateMutations) {
      const walk = (type: GraphQLInputObjectType): void => {
        for (const field of Object.values(type.getFields())) {
          expect({ field: `${type.name}.${field.name}`, nonNull: isNonNullType(field.type) }).toEqual({ field: `${type.name}.${field.name}`, nonNull: field.name === "version" });
          const named = getNamedType(field.type);
          if (isInputObjectType(named)) walk(named);
          else if (field.name !== "version") expect(`${type.name}.${field.name}: ${field.description}`).toMatch(/omit to keep/i);
        }
      };
      walk(inputTypeOf(mutation.name));
    }
  });

  describe.each(Object.keys(SAMPLES))("%s", (mutation) => {
    const sample = SAMPLES[mutation];
    const document = () =>
      `mutation ($id: ID!, $input: ${inputTypeOf(mutation).name}!) { ${mutation}(${recordArgOf(mutation)}: $id, input: $input) { __typename } }`;

    it("sends only version: nothing but the version changes; omitted fields keep; null clears or is refused", async () => {
      const prisma = env.db.prisma;
      const rawId = await sample.target(prisma);
      const id = globalId(sample.typename, rawId);
      const values = await sample.values(prisma);
      const fields = leafFields(inputTypeOf(mutation));
      expect(Object.keys(values).sort()).toEqual([...fields].sort());
      const update = async (flat: Record<string, unknown>) => {
        const { version } = await sample.state(prisma, rawId);
        return env.api.run(document(), { id, input: inputOf(flat, version as number) }, platformAdmin);
      };
      const expectOk = (result: Awaited<ReturnType<typeof update>>) => expect(result.errors).toBeUndefined();

      // Every field set, so that a lost value shows.
      expectOk(await update(values));
      const full = await sample.state(prisma, rawId);
      for (const field of fields) expect({ field, value: full[field] }).not.toEqual({ field, value: null });

      // (a) only the version.
      expectOk(await update({}));
      const afterVersionOnly = await sample.state(prisma, rawId);
      expect(without(afterVersionOnly, ["version"])).toEqual(without(full, ["version"]));
      expect(afterVersionOnly.version).toBe((full.version as number) + 1);

      // (b) each field omitted while all others are sent.
      for (const omitted of fields) {
        expectOk(await update(without(values, [omitted])));
        expect({ omitted, state: without(await sample.state(prisma, rawId), ["version"]) }).toEqual({ omitted, state: without(full, ["version"]) });
      }

      // (c) null clears an optional field and leaves the others; a required one is refused by name.
      for (const field of fields) {
        const group = sample.together?.find((g) => g.includes(field)) ?? [field];
        const before = await sample.state(prisma, rawId);
        const result = await update(Object.fromEntries(group.map((f) => [f, null])));
        const after = await sample.state(prisma, rawId);
        if (sample.required.includes(field)) {
          expect({ field, codes: codes(result) }).toEqual({ field, codes: ["BAD_USER_INPUT"] });
          expect(JSON.stringify(result.errors![0].extensions!.fields)).toContain(`"input.${field}"`);
          expect(after).toEqual(before);
        } else {
          expect({ field, errors: result.errors }).toEqual({ field, errors: undefined });
          expect({ field, value: after[field] }).toEqual({ field, value: null });
          expect(without(after, [...group, "version"])).toEqual(without(before, [...group, "version"]));
          expectOk(await update(values));
        }
      }
    });
  });
});
