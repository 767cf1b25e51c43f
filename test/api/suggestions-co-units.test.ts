// Co-units see the suggestion and their own part (issue 12 item 9), tried as an attacker: a co-unit's
// account reading another co-unit's opinion, another unit's consultation or reassignment request, by
// id and through the suggestion. The lead unit and staff still see everything.
import type { Viewer } from "../../api/auth/viewer";
import { useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";
import { buildWorld, suggestionIn, type World } from "./suggestions-world";

const env = useDemoApi();
let w: World;
let secondCoUnit: Viewer;
const ids = {} as { suggestion: string; secretUnitRow: string; ownUnitRow: string; leadConsultation: string; ownConsultation: string; request: string; requestEvent: string };

const SECRET = "第二协办单位的内部意见";

beforeAll(async () => {
  const prisma = env.db.prisma;
  w = await buildWorld(prisma);
  // A second co-unit (the world's "other" unit, which also asked for reassignment) with an account of its own.
  const user = await prisma.user.create({ data: { username: "wh.counit2", displayName: "第二协办", passwordHash: "x", homeCongressId: w.congressId, congressPath: w.congressPath } });
  await prisma.roleGrant.create({ data: { userId: user.id, role: "UNIT_STAFF", congressId: w.congressId, congressPath: w.congressPath } });
  await prisma.userHandlingUnit.create({ data: { userId: user.id, unitId: w.otherUnitId } });
  secondCoUnit = await demoViewer(prisma, "wh.counit2");
  const f = await suggestionIn(prisma, w, "HANDLING");
  ids.suggestion = f.id;
  ids.request = f.requestId!;
  ids.secretUnitRow = (await prisma.suggestionUnit.create({ data: { suggestionId: f.id, unitId: w.otherUnitId, role: "CO", opinion: SECRET, opinionAt: new Date() } })).id;
  ids.ownUnitRow = (await prisma.suggestionUnit.findFirstOrThrow({ where: { suggestionId: f.id, unitId: w.coUnitId } })).id;
  const consultation = (unitId: string, summary: string) =>
    prisma.consultation.create({ data: { suggestionId: f.id, unitId, heldOn: new Date("2026-11-20"), form: "MEETING", participants: "代表", summary } });
  ids.leadConsultation = (await consultation(w.leadUnitId, "主办单位面商纪要")).id;
  ids.ownConsultation = (await consultation(w.coUnitId, "本协办单位面商纪要")).id;
  ids.requestEvent = (
    await prisma.suggestionEvent.create({
      data: { suggestionId: f.id, action: "requestReassignment", fromState: "HANDLING", toState: "HANDLING", actorId: user.id, actorName: "第二协办", comment: "改办的内部理由" },
    })
  ).id;
});

const NODE = `query ($id: ID!) { node(id: $id) { id } }`;
const SUGGESTION = `query ($id: ID!) { suggestion(id: $id) {
  units { id role opinion unit { id } }
  consultations { id summary }
  reassignmentRequests { id reason }
  events { id action comment }
} }`;

async function seen(viewer: Viewer) {
  const { suggestion } = await env.api.data(SUGGESTION, { id: globalId("Suggestion", ids.suggestion) }, viewer);
  return {
    unitRows: (suggestion.units as { id: string }[]).map((u) => u.id),
    opinions: (suggestion.units as { opinion: string | null }[]).map((u) => u.opinion).filter(Boolean),
    consultations: (suggestion.consultations as { id: string }[]).map((c) => c.id),
    requests: (suggestion.reassignmentRequests as { id: string }[]).map((r) => r.id),
    events: (suggestion.events as { id: string }[]).map((e) => e.id),
  };
}

const byId = async (typename: string, id: string, viewer: Viewer) => (await env.api.data(NODE, { id: globalId(typename, id) }, viewer)).node;

describe("a co-unit's staff", () => {
  it("read the suggestion with the lead unit and their own part, not another co-unit's opinion", async () => {
    const view = await seen(w.viewers.coUnit);
    const leadRow = await env.db.prisma.suggestionUnit.findFirstOrThrow({ where: { suggestionId: ids.suggestion, role: "LEAD" } });
    expect(view.unitRows.map((id) => Buffer.from(id, "base64").toString().split(":")[1]).sort()).toEqual([leadRow.id, ids.ownUnitRow].sort());
    expect(view.opinions).toEqual(["同意"]);
  });

  it("get null for another co-unit's assignment row, opinion included, asked by id", async () => {
    expect(await byId("SuggestionUnit", ids.secretUnitRow, w.viewers.coUnit)).toBeNull();
    expect(await byId("SuggestionUnit", ids.ownUnitRow, w.viewers.coUnit)).not.toBeNull();
  });

  it("see their own consultations only, not the lead unit's, by id or through the suggestion", async () => {
    expect((await seen(w.viewers.coUnit)).consultations).toEqual([globalId("Consultation", ids.ownConsultation)]);
    expect(await byId("Consultation", ids.leadConsultation, w.viewers.coUnit)).toBeNull();
  });

  it("see neither another unit's reassignment request nor its reason in the timeline", async () => {
    const view = await seen(w.viewers.coUnit);
    expect(view.requests).toEqual([]);
    expect(view.events).not.toContain(globalId("SuggestionEvent", ids.requestEvent));
    expect(await byId("ReassignmentRequest", ids.request, w.viewers.coUnit)).toBeNull();
    expect(await byId("SuggestionEvent", ids.requestEvent, w.viewers.coUnit)).toBeNull();
  });

  it("of the second co-unit see their own request, opinion and timeline entry, not the first co-unit's opinion", async () => {
    const view = await seen(secondCoUnit);
    expect(view.opinions).toEqual([SECRET]);
    expect(view.requests).toEqual([globalId("ReassignmentRequest", ids.request)]);
    expect(view.events).toContain(globalId("SuggestionEvent", ids.requestEvent));
  });
});

describe("the lead unit, staff and the lead deputy", () => {
  it.each(["leadUnit", "staff", "lead"] as const)("%s see every unit's part", async (name) => {
    const view = await seen(w.viewers[name]);
    expect(view.opinions.sort()).toEqual(["同意", SECRET].sort());
    expect(view.consultations).toHaveLength(2);
    expect(view.requests).toEqual([globalId("ReassignmentRequest", ids.request)]);
    expect(view.events).toContain(globalId("SuggestionEvent", ids.requestEvent));
    expect(await byId("SuggestionUnit", ids.secretUnitRow, w.viewers[name])).not.toBeNull();
  });
});
