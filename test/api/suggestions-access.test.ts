// Concurrency (the same step twice at once), who sees which suggestion, the list's SQL statement
// count, the draft edit's patch semantics and `viewerActions`.
import { codes, useDemoApi } from "../helpers/api";
import { globalId } from "../helpers/fixtures";
import { act, actionMutation, buildWorld, rawId, stateOf, suggestionIn, VIEWER_NAMES, type ViewerName, type World } from "./suggestions-world";

const env = useDemoApi();
let w: World;
beforeAll(async () => {
  w = await buildWorld(env.db.prisma);
});

const step = (viewer: ViewerName, action: string, id: string, version: number, input?: Record<string, unknown>) =>
  env.api.run(actionMutation(action), { id: globalId("Suggestion", id), version, ...(input ? { input } : {}) }, w.viewers[viewer]);

describe("the same step twice at once", () => {
  it.each([
    ["acceptSuggestion", "SUBMITTED", "staff", undefined],
    ["evaluateReply", "REPLIED", "lead", { satisfaction: "UNSATISFIED" }],
    ["giveCoUnitOpinion", "HANDLING", "coUnit", { opinion: "同意" }],
  ] as const)("%s from %s: exactly one succeeds, the other is refused and nothing is applied twice", async (action, state, viewer, input) => {
    const { id } = await suggestionIn(env.db.prisma, w, state);
    const { version } = await stateOf(env.db.prisma, id);
    const results = await Promise.all([step(viewer, action, id, version, input), step(viewer, action, id, version, input)]);
    const outcomes = results.map((r) => (r.errors?.length ? codes(r)[0] : "OK")).sort();
    expect(outcomes[1]).toBe("OK");
    expect(["CONFLICT", "INVALID_TRANSITION"]).toContain(outcomes[0]);
    expect((await stateOf(env.db.prisma, id)).version).toBe(version + 1);
    expect(await env.db.prisma.suggestionEvent.count({ where: { suggestionId: id, action } })).toBe(1);
  });

  it("numbers suggestions accepted at the same moment one after another, without a gap or a duplicate", async () => {
    const fixtures = await Promise.all(Array.from({ length: 6 }, () => suggestionIn(env.db.prisma, w, "SUBMITTED")));
    const results = await Promise.all(fixtures.map((f) => step("staff", "acceptSuggestion", f.id, 1)));
    const numbers = results.map((r) => r.data?.acceptSuggestion?.number as string);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const sequences = numbers.map((n) => Number(n.split("-")[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(sequences[5] - sequences[0]).toBe(5);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const { id } = await suggestionIn(env.db.prisma, w, "SUBMITTED");
    const result = await step("staff", "acceptSuggestion", id, 7);
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(await stateOf(env.db.prisma, id)).toEqual({ state: "SUBMITTED", version: 1 });
  });
});

describe("who sees what", () => {
  const LIST = `query ($search: String) { suggestions(filter: { search: $search }, first: 100) { totalCount edges { node { id } } } }`;
  const ONE = `query ($id: ID!) { suggestion(id: $id) { id } }`;
  const seen = {} as Record<string, string>;

  beforeAll(async () => {
    for (const state of ["DRAFT", "SUBMITTED", "ASSIGNED"] as const) {
      const { id } = await suggestionIn(env.db.prisma, w, state);
      await env.db.prisma.suggestion.update({ where: { id }, data: { title: `可见性 ${state}` } });
      seen[state] = id;
    }
    // A suggestion of the sibling county 盘龙区.
    const sibling = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "盘龙区" } } });
    const deputy = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congressId: sibling.id } });
    seen.SIBLING = (await env.db.prisma.suggestion.create({ data: { congressId: sibling.id, congressPath: sibling.path, leadMembershipId: deputy.id, title: "可见性 盘龙", body: "x", state: "SUBMITTED" } })).id;
  });

  const VISIBLE: Record<ViewerName, string[]> = {
    lead: ["DRAFT", "SUBMITTED", "ASSIGNED"],
    coSigner: ["DRAFT", "SUBMITTED", "ASSIGNED"],
    invited: ["DRAFT", "SUBMITTED", "ASSIGNED"],
    leadUnit: ["ASSIGNED"],
    coUnit: ["ASSIGNED"],
    staff: ["SUBMITTED", "ASSIGNED"],
    cityAdmin: ["SUBMITTED", "ASSIGNED", "SIBLING"],
    siblingStaff: ["SIBLING"],
    supervisor: [],
    anonymous: [],
  };

  it.each(VIEWER_NAMES)("%s lists and opens exactly the suggestions issue 12 lets them see", async (viewer) => {
    const names = Object.keys(seen);
    const list = await env.api.run(LIST, { search: "可见性" }, w.viewers[viewer]);
    if (viewer === "anonymous") {
      expect(codes(list)).toEqual(["UNAUTHENTICATED"]);
      return;
    }
    const listed = list.data!.suggestions.edges.map((e: { node: { id: string } }) => rawId(e.node.id));
    expect(names.filter((n) => listed.includes(seen[n])).sort()).toEqual([...VISIBLE[viewer]].sort());
    const opened: string[] = [];
    for (const n of names) if ((await env.api.data(ONE, { id: globalId("Suggestion", seen[n]) }, w.viewers[viewer])).suggestion) opened.push(n);
    expect(opened.sort()).toEqual([...VISIBLE[viewer]].sort());
  });

  it("a unit relieved by an approved reassignment no longer sees the suggestion", async () => {
    const { id } = await suggestionIn(env.db.prisma, w, "ASSIGNED");
    await env.db.prisma.suggestionUnit.updateMany({ where: { suggestionId: id, unitId: w.coUnitId }, data: { endedAt: new Date() } });
    expect((await env.api.data(ONE, { id: globalId("Suggestion", id) }, w.viewers.coUnit)).suggestion).toBeNull();
  });
});

it("reads a list with its nested records in as many SQL statements for 20 rows as for 2", async () => {
  for (let i = 0; i < 20; i++) await suggestionIn(env.db.prisma, w, "IMPLEMENTING");
  const QUERY = `query ($n: Int) { suggestions(first: $n, filter: { states: [IMPLEMENTING] }, sortBy: REPLY_DUE) { edges { node {
    id number state overdue viewerActions lead { id } coSigners { status deputy { id } } units { role unit { name } }
    replies { class } commitments { dueOn progress { note } } evaluations { satisfaction } events { action } } } } }`;
  const count = async (n: number) => {
    env.db.resetStatements();
    const data = await env.api.data(QUERY, { n }, w.viewers.staff);
    expect(data.suggestions.edges).toHaveLength(n);
    return env.db.statements.length;
  };
  await count(2);
  const two = await count(2);
  expect(await count(20)).toBe(two);
});

describe("editing a draft", () => {
  it("keeps omitted fields, clears optional ones sent as null, refuses null for required ones", async () => {
    const { id } = await suggestionIn(env.db.prisma, w, "DRAFT");
    const before = await env.db.prisma.suggestion.findUniqueOrThrow({ where: { id }, include: { coSigners: true } });
    expect((await act(env.api, env.db.prisma, w.viewers.lead, "editSuggestionDraft", id, {})).errors).toBeUndefined();
    const kept = await env.db.prisma.suggestion.findUniqueOrThrow({ where: { id }, include: { coSigners: true } });
    expect({ ...kept, version: 0, updatedAt: 0 }).toEqual({ ...before, version: 0, updatedAt: 0 });
    expect(kept.version).toBe(before.version + 1);
    expect((await act(env.api, env.db.prisma, w.viewers.lead, "editSuggestionDraft", id, { delegation: null })).errors).toBeUndefined();
    expect((await env.db.prisma.suggestion.findUniqueOrThrow({ where: { id } })).delegation).toBeNull();
    const refused = await act(env.api, env.db.prisma, w.viewers.lead, "editSuggestionDraft", id, { title: null });
    expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "input.title" })]);
  });

  it("tells each viewer the actions they may take now", async () => {
    const { id } = await suggestionIn(env.db.prisma, w, "SUBMITTED");
    const ACTIONS = `query ($id: ID!) { suggestion(id: $id) { viewerActions } }`;
    const actionsOf = async (viewer: ViewerName) => ((await env.api.data(ACTIONS, { id: globalId("Suggestion", id) }, w.viewers[viewer])).suggestion.viewerActions as string[]).sort();
    expect(await actionsOf("staff")).toEqual(["acceptSuggestion", "handleSuggestionAsLetter", "returnSuggestion"]);
    expect(await actionsOf("lead")).toEqual(["withdrawSuggestion"]);
    expect(await actionsOf("invited")).toEqual(["confirmCoSigning", "declineCoSigning"]);
    expect(await actionsOf("coSigner")).toEqual([]);
  });
});

it("the database itself refuses a second current lead unit and a second re-handling", async () => {
  const { id } = await suggestionIn(env.db.prisma, w, "ASSIGNED");
  await expect(env.db.prisma.suggestionUnit.create({ data: { suggestionId: id, unitId: w.otherUnitId, role: "LEAD" } })).rejects.toThrow();
  await expect(env.db.prisma.suggestion.update({ where: { id }, data: { rehandlingCount: 2 } })).rejects.toThrow();
  await env.db.prisma.suggestionUnit.updateMany({ where: { suggestionId: id, role: "LEAD" }, data: { endedAt: new Date() } });
  await expect(env.db.prisma.suggestionUnit.create({ data: { suggestionId: id, unitId: w.otherUnitId, role: "LEAD" } })).resolves.toBeTruthy();
});

describe("deadlines and settings of the congress", () => {
  it("refuses a reassignment request after the window, and dates the reply three months after assignment", async () => {
    const late = await suggestionIn(env.db.prisma, w, "HANDLING");
    await env.db.prisma.suggestion.update({ where: { id: late.id }, data: { reassignableUntil: new Date("2020-01-01") } });
    expect(codes(await act(env.api, env.db.prisma, w.viewers.leadUnit, "requestReassignment", late.id, { reason: "太晚了" }))).toEqual(["INVALID_TRANSITION"]);
    const { id } = await suggestionIn(env.db.prisma, w, "ACCEPTED");
    const assigned = await act(env.api, env.db.prisma, w.viewers.staff, "assignSuggestion", id, { leadUnitId: globalId("HandlingUnit", w.leadUnitId) });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const [y, m, d] = today.split("-").map(Number);
    const due = new Date(Date.UTC(y, m + 2, Math.min(d, new Date(Date.UTC(y, m + 3, 0)).getUTCDate())));
    expect(assigned.data!.assignSuggestion.replyDueOn).toBe(due.toISOString().slice(0, 10));
  });

  it("lets a motion without a delegation be submitted once the congress's number of co-signers have confirmed", async () => {
    await env.db.prisma.suggestionSettings.upsert({ where: { congressId: w.congressId }, update: { motionMinCoSigners: 2 }, create: { congressId: w.congressId, motionMinCoSigners: 2 } });
    const { id } = await suggestionIn(env.db.prisma, w, "DRAFT");
    await env.db.prisma.suggestion.update({ where: { id }, data: { delegation: null } });
    expect(codes(await act(env.api, env.db.prisma, w.viewers.lead, "submitSuggestion", id))).toEqual(["BAD_USER_INPUT"]);
    expect(await stateOf(env.db.prisma, id)).toMatchObject({ state: "DRAFT" });
    expect((await act(env.api, env.db.prisma, w.viewers.invited, "confirmCoSigning", id)).errors).toBeUndefined();
    expect((await act(env.api, env.db.prisma, w.viewers.lead, "submitSuggestion", id)).data!.submitSuggestion.state).toBe("SUBMITTED");
  });
});
