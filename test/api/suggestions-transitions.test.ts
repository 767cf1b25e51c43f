// A generated table: every action from every state as every role (own congress, the city above,
// a sibling county, supervisors, anonymous). Each answer is derived here from who the viewer is to
// the suggestion, not read from the implementation: allowed, or refused (INVALID_TRANSITION,
// FORBIDDEN, NOT_FOUND, UNAUTHENTICATED) with state and version unchanged.
import type { SuggestionState } from "../../api/generated/prisma/client";
import { SuggestionState as States } from "../../api/generated/prisma/enums";
import { SUGGESTION_TRANSITIONS } from "../../api/modules/suggestions/transitions";
import { codes, useDemoApi } from "../helpers/api";
import { globalId } from "../helpers/fixtures";
import { actionMutation, buildWorld, sampleInput, suggestionsIn, VIEWER_NAMES, type ViewerName, type World } from "./suggestions-world";

const env = useDemoApi();
let w: World;
beforeAll(async () => {
  w = await buildWorld(env.db.prisma);
});

const ALL_STATES = Object.values(States) as SuggestionState[];
const ASSIGNED_STATES: SuggestionState[] = ["ASSIGNED", "HANDLING", "REPLIED", "REHANDLING", "IMPLEMENTING", "CLOSED"];

/** Who each viewer is to a fixture in `state` (issue 12 items 3–5, 9), written out independently of the service. */
function tiesOf(viewer: ViewerName, state: SuggestionState): { reads: boolean; relation: string | null } {
  const assigned = ASSIGNED_STATES.includes(state);
  switch (viewer) {
    case "lead":
      return { reads: true, relation: "LEAD" };
    case "coSigner":
      return { reads: true, relation: "CO_SIGNER" };
    case "invited":
      return { reads: true, relation: "INVITED_CO_SIGNER" };
    case "leadUnit":
      return { reads: assigned, relation: assigned ? "LEAD_UNIT" : null };
    case "coUnit":
      return { reads: assigned, relation: assigned ? "CO_UNIT" : null };
    case "staff":
    case "cityAdmin":
      return { reads: state !== "DRAFT", relation: "STAFF" };
    default:
      return { reads: false, relation: null };
  }
}

type Outcome = "OK" | "UNAUTHENTICATED" | "NOT_FOUND" | "INVALID_TRANSITION" | "FORBIDDEN";

function expected(action: string, state: SuggestionState, viewer: ViewerName): Outcome {
  if (viewer === "anonymous") return "UNAUTHENTICATED";
  const { reads, relation } = tiesOf(viewer, state);
  if (!reads) return "NOT_FOUND";
  const t = SUGGESTION_TRANSITIONS.find((x) => x.action === action)!;
  if (!t.from.includes(state)) return "INVALID_TRANSITION";
  return relation && (t.who as readonly string[]).includes(relation) ? "OK" : "FORBIDDEN";
}

it("covers every state of the enum with at least one action and reaches every state from some action", () => {
  const leaves = new Set(SUGGESTION_TRANSITIONS.flatMap((t) => t.from));
  expect(ALL_STATES.filter((s) => !leaves.has(s)).sort()).toEqual(["HANDLED_AS_LETTER", "WITHDRAWN"]);
});

/** Runs `work` for every item, at most `lanes` at a time (the test database's pool has four connections). */
async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: lanes }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}

describe.each(ALL_STATES)("from %s", (state) => {
  it("answers every action as every viewer as the table says, leaving refused suggestions unchanged", async () => {
    const prisma = env.db.prisma;
    const cases = SUGGESTION_TRANSITIONS.flatMap(({ action }) => VIEWER_NAMES.map((viewer) => ({ action, viewer, want: expected(action, state, viewer) })));
    const allowed = cases.filter((c) => c.want === "OK");
    // Each viewer's refusals all go to one fixture of its own, each allowed case to a fresh one: all written at once, all at version 1.
    const fixtures = await suggestionsIn(prisma, w, state, VIEWER_NAMES.length + allowed.length);
    const refusedOn = new Map(VIEWER_NAMES.map((viewer, i) => [viewer, fixtures[i]]));
    const allowedOn = new Map(allowed.map((c, i) => [c, fixtures[VIEWER_NAMES.length + i]]));
    const mismatches: string[] = [];
    // Viewers side by side, each on its own fixtures; one viewer's cases one after another.
    await inLanes(VIEWER_NAMES, 3, async (viewer) => {
      for (const c of cases.filter((x) => x.viewer === viewer)) {
        const fixture = allowedOn.get(c) ?? refusedOn.get(viewer)!;
        const input = sampleInput(c.action, fixture, w);
        const result = await env.api.run(actionMutation(c.action), { id: globalId("Suggestion", fixture.id), version: 1, ...(input ? { input } : {}) }, w.viewers[viewer]);
        const got = result.errors?.length ? codes(result).join(",") : "OK";
        if (got !== c.want) mismatches.push(`${c.action} as ${viewer}: expected ${c.want}, got ${got} ${result.errors?.[0]?.message ?? ""}`);
      }
    });
    // Read back at once. Every step that changes a suggestion bumps its version and writes an event naming
    // its action, so a refused fixture still at version 1 without events was left unchanged by every refusal.
    const after = new Map((await prisma.suggestion.findMany({ where: { id: { in: fixtures.map((f) => f.id) } }, select: { id: true, state: true, version: true } })).map((r) => [r.id, r]));
    const events = await prisma.suggestionEvent.findMany({ where: { suggestionId: { in: [...refusedOn.values()].map((f) => f.id) } }, select: { suggestionId: true, action: true } });
    for (const [viewer, fixture] of refusedOn) {
      const row = after.get(fixture.id)!;
      for (const e of events.filter((x) => x.suggestionId === fixture.id)) mismatches.push(`${e.action} as ${viewer}: refused but changed`);
      if (row.state !== state || row.version !== 1) mismatches.push(`refused actions as ${viewer} left ${row.state} at version ${row.version}`);
    }
    for (const [c, fixture] of allowedOn) {
      const { version } = after.get(fixture.id)!;
      if (version !== 2) mismatches.push(`${c.action} as ${c.viewer}: allowed but version 1 → ${version}`);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
