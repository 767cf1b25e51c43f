// A generated table: every action from every state as every role (own congress, the city above,
// a sibling county, supervisors, anonymous). Each answer is derived here from who the viewer is to
// the suggestion, not read from the implementation: allowed, or refused (INVALID_TRANSITION,
// FORBIDDEN, NOT_FOUND, UNAUTHENTICATED) with state and version unchanged.
import type { SuggestionState } from "../../api/generated/prisma/client";
import { SuggestionState as States } from "../../api/generated/prisma/enums";
import { SUGGESTION_TRANSITIONS } from "../../api/modules/suggestions/transitions";
import { codes, useDemoApi } from "../helpers/api";
import { globalId } from "../helpers/fixtures";
import { actionMutation, buildWorld, sampleInput, stateOf, suggestionIn, VIEWER_NAMES, type ViewerName, type World } from "./suggestions-world";

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

describe.each(ALL_STATES)("from %s", (state) => {
  it("answers every action as every viewer as the table says, leaving refused suggestions unchanged", async () => {
    const shared = await suggestionIn(env.db.prisma, w, state);
    const mismatches: string[] = [];
    for (const { action } of SUGGESTION_TRANSITIONS) {
      for (const viewer of VIEWER_NAMES) {
        const want = expected(action, state, viewer);
        const fixture = want === "OK" ? await suggestionIn(env.db.prisma, w, state) : shared;
        const before = await stateOf(env.db.prisma, fixture.id);
        const input = sampleInput(action, fixture, w);
        const result = await env.api.run(actionMutation(action), { id: globalId("Suggestion", fixture.id), version: before.version, ...(input ? { input } : {}) }, w.viewers[viewer]);
        const got = result.errors?.length ? codes(result).join(",") : "OK";
        const after = await stateOf(env.db.prisma, fixture.id);
        if (got !== want) mismatches.push(`${action} as ${viewer}: expected ${want}, got ${got} ${result.errors?.[0]?.message ?? ""}`);
        if (want !== "OK" && (after.state !== before.state || after.version !== before.version)) mismatches.push(`${action} as ${viewer}: refused but changed`);
        if (want === "OK" && after.version !== before.version + 1) mismatches.push(`${action} as ${viewer}: allowed but version ${before.version} → ${after.version}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
