// The demo suggestions (prisma/seed/demo-suggestions.ts): every state of the lifecycle, histories
// that agree with the state, numbers as the API gives them, and each role seeing its own part.
import { useDemoApi } from "../helpers/api";
import { demoViewer } from "../helpers/fixtures";
import { DEMO_UNIT_OF_WH_UNIT } from "../../prisma/seed/demo-links";
import { chinaToday } from "../../api/lib/time";

const env = useDemoApi();

const LIST = `query ($filter: SuggestionFilter, $sortBy: SuggestionOrderField) {
  suggestions(first: 100, filter: $filter, sortBy: $sortBy) { totalCount edges { node { title state replyDueOn congress { name } } } } }`;

async function list(username: string, filter: Record<string, unknown> = {}, sortBy?: string) {
  const result = await env.api.run(LIST, { filter, sortBy }, await demoViewer(env.db.prisma, username));
  expect(result.errors).toBeUndefined();
  return result.data!.suggestions as { totalCount: number; edges: { node: { title: string; state: string; replyDueOn: string | null; congress: { name: string } } }[] };
}

describe("demo suggestions", () => {
  it("cover every state of the lifecycle, a flagged second 不满意, and motions with co-signers", async () => {
    const { prisma } = env.db;
    const states = new Set((await prisma.suggestion.findMany({ select: { state: true } })).map((s) => s.state));
    expect([...states].sort()).toEqual(["ACCEPTED", "ASSIGNED", "CLOSED", "DRAFT", "HANDLED_AS_LETTER", "HANDLING", "IMPLEMENTING", "REHANDLING", "REPLIED", "RETURNED", "SUBMITTED", "WITHDRAWN"]);
    expect(await prisma.suggestion.count()).toBeGreaterThanOrEqual(28);
    expect(await prisma.suggestion.count({ where: { disputed: true, state: "IMPLEMENTING" } })).toBe(1);
    expect(await prisma.suggestion.count({ where: { kind: "MOTION", coSigners: { some: { status: "CONFIRMED" } } } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.suggestionEvaluation.count({ where: { stage: "IMPLEMENTATION" } })).toBeGreaterThan(0);
    expect(await prisma.suggestionEvaluation.count({ where: { byLead: false } })).toBeGreaterThan(0);
    expect(await prisma.reassignmentRequest.count({ where: { status: "PENDING" } })).toBe(1);
  });

  it("keep histories that agree with the state: events chain, version counts the steps, replies before evaluations", async () => {
    const all = await env.db.prisma.suggestion.findMany({ include: { events: { orderBy: { createdAt: "asc" } }, replies: true, evaluations: true, consultations: true } });
    for (const s of all) {
      const chain = s.events.map((e) => [e.fromState, e.toState]);
      expect(chain[0]).toEqual([null, "DRAFT"]);
      for (let i = 1; i < chain.length; i++) expect(chain[i][0]).toBe(chain[i - 1][1]);
      expect(chain[chain.length - 1][1]).toBe(s.state);
      expect(s.version).toBe(s.events.length);
      expect(s.events[s.events.length - 1].createdAt.getTime()).toBeLessThanOrEqual(Date.now());
      if (s.replies.length) expect(s.consultations.length > 0 || s.consultationWaiver !== null).toBe(true);
      if (s.evaluations.length) expect(s.replies.length).toBeGreaterThan(0);
      expect(s.number !== null).toBe(s.acceptedAt !== null);
    }
  });

  it("are numbered per congress, kind and year in the order of acceptance", async () => {
    const accepted = await env.db.prisma.suggestion.findMany({ where: { acceptedAt: { not: null } }, orderBy: { acceptedAt: "asc" } });
    const seen = new Map<string, number>();
    for (const s of accepted) {
      const key = `${s.congressId}/${s.kind}/${s.year}`;
      expect(s.sequence).toBe((seen.get(key) ?? 0) + 1);
      expect(s.number).toBe(`${s.year}-${String(s.sequence).padStart(4, "0")}`);
      seen.set(key, s.sequence!);
    }
  });

  it("give wh.unit a queue with one overdue and one due within two weeks, soonest first", async () => {
    const queue = await list("wh.unit", {}, "REPLY_DUE");
    const today = chinaToday().toISOString().slice(0, 10);
    const waiting = queue.edges.map((e) => e.node).filter((n) => ["ASSIGNED", "HANDLING", "REHANDLING"].includes(n.state));
    expect(waiting.filter((n) => n.replyDueOn! < today)).toHaveLength(1);
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(waiting.filter((n) => n.replyDueOn! >= today && n.replyDueOn! <= inTwoWeeks)).toHaveLength(1);
    const dues = queue.edges.map((e) => e.node.replyDueOn).filter((d) => d !== null);
    expect(dues).toEqual([...dues].sort());
    const unit = await env.db.prisma.handlingUnit.findFirstOrThrow({ where: { name: DEMO_UNIT_OF_WH_UNIT } });
    expect(queue.totalCount).toBe(await env.db.prisma.suggestion.count({ where: { units: { some: { unitId: unit.id, endedAt: null } } } }));
    expect(queue.totalCount).toBeGreaterThanOrEqual(5);
  });

  it("show scoping: wh.admin sees 五华区 only, km.admin 五华区 and 昆明市, dl.admin 大理 only; drafts stay their deputy's", async () => {
    const congresses = async (username: string) => new Set((await list(username)).edges.map((e) => e.node.congress.name));
    expect([...(await congresses("wh.admin"))]).toEqual(["五华区人民代表大会"]);
    expect([...(await congresses("km.admin"))].sort()).toEqual(["五华区人民代表大会", "昆明市人民代表大会"].sort());
    expect([...(await congresses("dl.admin"))]).toEqual(["大理白族自治州人民代表大会"]);
    expect((await list("wh.admin")).edges.some((e) => e.node.state === "DRAFT")).toBe(false);
    const deputy = await list("wh.deputy");
    expect(deputy.edges.some((e) => e.node.state === "DRAFT")).toBe(true);
    expect(deputy.edges.some((e) => e.node.state === "REPLIED")).toBe(true);
  });
});
