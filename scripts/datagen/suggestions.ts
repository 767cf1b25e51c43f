// Suggestions for a generated province: three years of them, each a story (prisma/seed/suggestion-story.ts)
// cut at "now", so the states fall where the dates put them — most of the older years closed, this
// year's spread along the pipeline, a few overdue. A UNIT_STAFF account for each unit above township.
import { buildStory, numberInAcceptanceOrder, type StoryActor, type StoryRows, type StoryStep } from "../../prisma/seed/suggestion-story";
import { pad, placeName } from "./model";
import type { Random } from "./random";

type Row = (string | number | boolean | Date | null | string[])[];

export interface GeneratedCongress {
  id: string;
  path: string;
  level: string;
  name: string;
  members: string[];
  units: { id: string; name: string }[];
}

export interface GeneratedTable {
  name: string;
  columns: string[];
  rows: Row[];
  ms?: number;
}

const DAY_MS = 86_400_000;
const TOPICS = ["学校周边交通安全", "老旧小区改造", "农村饮水安全", "社区养老服务", "农贸市场提升改造", "公交线网优化", "乡村道路养护", "中小学课后服务", "基层医疗服务能力", "河道生态治理", "垃圾分类收运", "停车设施建设", "特色农产品品牌建设", "职业技能培训", "电动自行车充电设施"];
const SHARE_BY_LEVEL: Record<string, number> = { PROVINCIAL: 0.15, MUNICIPAL: 0.3, COUNTY: 0.55 };

/** Days from a range, drawn from the generator. */
const days = (random: Random, from: number, to: number) => from + random.next() * (to - from);

function storySteps(random: Random, hasCoUnit: boolean, coSigners: number): StoryStep[] {
  const steps: StoryStep[] = [{ do: "submit", after: days(random, 0.2, 5) }];
  if (random.chance(0.06)) {
    steps.push({ do: "return", after: days(random, 2, 8), reason: "请补充问题现状和具体建议。" });
    // Some deputies never send a returned suggestion again.
    if (random.chance(0.15)) return steps;
    steps.push({ do: "resubmit", after: days(random, 2, 10) });
  }
  if (random.chance(0.02)) return [...steps, { do: "withdraw", after: days(random, 1, 5), reason: "问题已解决。" }];
  if (random.chance(0.05)) return [...steps, { do: "letter", after: days(random, 2, 10), reason: "属于个人具体诉求，转为来信办理。" }];
  steps.push({ do: "accept", after: days(random, 2, 10) }, { do: "assign", after: days(random, 2, 10) });
  if (random.chance(0.03)) return [...steps, { do: "requestReassignment", after: days(random, 1, 4), reason: "不属于本单位职责。" }];
  steps.push({ do: "start", after: days(random, 1, 5) });
  if (random.chance(0.1)) steps.push({ do: "waive", after: days(random, 3, 20), reason: "代表同意书面沟通。" });
  else steps.push({ do: "consult", after: days(random, 5, 30), form: random.pick(["IN_PERSON", "MEETING", "SITE_VISIT", "PHONE"] as const), participants: "领衔代表、承办单位经办人", summary: "现场了解情况，听取代表意见。" });
  if (hasCoUnit) steps.push({ do: "coOpinion", after: days(random, 3, 20), unit: 0, opinion: "同意主办单位意见，配合做好相关工作。" });
  // About one in twenty replies comes after the three months.
  const replyAfter = random.chance(0.05) ? days(random, 90, 130) : days(random, 15, 60);
  const reply = (after: number): StoryStep => {
    const cls = random.pick(["A", "A", "B", "B", "B", "C"] as const);
    const commitments = cls === "B" ? Array.from({ length: 1 + random.int(3) }, (_, i) => ({ description: `承诺事项${i + 1}：按计划推进整改`, dueInDays: days(random, 30, 180) })) : [];
    return { do: "reply", after, class: cls, body: "经认真研究，现答复如下：已将相关工作纳入年度计划，分步推进。", signedBy: "办理单位负责人", commitments };
  };
  steps.push(reply(replyAfter));
  const satisfaction = () => random.pick(["SATISFIED", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "BASICALLY_SATISFIED"] as const);
  if (random.chance(0.06)) {
    steps.push({ do: "evaluate", after: days(random, 3, 20), satisfaction: "UNSATISFIED", comment: "答复不具体，请重新办理。" }, reply(days(random, 15, 40)));
    steps.push({ do: "evaluate", after: days(random, 3, 20), satisfaction: random.chance(0.3) ? "UNSATISFIED" : satisfaction() });
  } else {
    steps.push({ do: "evaluate", after: days(random, 3, 20), satisfaction: satisfaction() });
  }
  if (coSigners && random.chance(0.3)) steps.push({ do: "coSignerEvaluation", after: days(random, 1, 10), coSigner: 0, satisfaction: satisfaction() });
  const commitmentCount = steps.filter((s) => s.do === "reply").reduce((sum, s) => sum + (s.do === "reply" ? (s.commitments?.length ?? 0) : 0), 0);
  for (let c = 0; c < commitmentCount; c++) {
    if (random.chance(0.5)) steps.push({ do: "progress", after: days(random, 10, 40), commitment: c, note: "按计划推进中。", done: false });
    if (random.chance(0.85)) steps.push({ do: "progress", after: days(random, 10, 60), commitment: c, note: "已完成。", done: true });
  }
  steps.push({ do: "evaluateImplementation", after: days(random, 20, 120), satisfaction: satisfaction() });
  return steps;
}

/** The steps up to `now`: a story cut where the calendar stops. */
function untilNow(steps: StoryStep[], createdAt: number, now: number): StoryStep[] {
  let at = createdAt;
  const kept: StoryStep[] = [];
  for (const step of steps) {
    at += step.after * DAY_MS;
    if (at > now) break;
    kept.push(step);
  }
  return kept;
}

export function buildSuggestions(congresses: GeneratedCongress[], perYear: number, random: Random, now = Date.now()) {
  const unitStaff = new Map<string, StoryActor & { username: string; grantId: string; congress: GeneratedCongress }>();
  let unitSerial = 0;
  for (const congress of congresses) {
    if (congress.level === "TOWNSHIP") continue;
    for (const unit of congress.units) unitStaff.set(unit.id, { id: random.uuid(), grantId: random.uuid(), name: `${unit.name}经办人`, username: `unit${unitSerial++}.staff`, congress });
  }
  const byLevel = new Map<string, GeneratedCongress[]>();
  for (const c of congresses) if (c.level in SHARE_BY_LEVEL && c.members.length > 2) byLevel.set(c.level, [...(byLevel.get(c.level) ?? []), c]);

  const stories: StoryRows[] = [];
  for (let yearsAgo = 2; yearsAgo >= 0; yearsAgo--) {
    for (const [level, share] of Object.entries(SHARE_BY_LEVEL)) {
      const pool = byLevel.get(level) ?? [];
      const count = Math.round(perYear * share);
      for (let i = 0; i < count && pool.length; i++) {
        const congress = random.pick(pool);
        const createdAt = now - (yearsAgo * 365 + days(random, 0, 365)) * DAY_MS;
        const leadIndex = random.int(congress.members.length);
        const coSignerIndexes = random.chance(0.4) ? [1, 2].map((k) => (leadIndex + k) % congress.members.length) : [];
        const units = [...congress.units].sort(() => random.next() - 0.5);
        const coUnits = random.chance(0.3) ? [units[1]] : [];
        const staffName = `${congress.name}代表工作人员`;
        const actor = (unit: { id: string; name: string }) => unitStaff.get(unit.id)!;
        const cast = {
          congressId: congress.id,
          congressPath: congress.path,
          title: `关于${placeName(random, "")}${random.pick(TOPICS)}的建议`,
          body: `${random.pick(TOPICS)}问题群众反映较多。建议相关部门加强统筹，加大投入，明确时限，切实解决群众急难愁盼问题。（编号 ${pad(stories.length, 6)}）`,
          lead: { membershipId: congress.members[leadIndex], actor: { id: null, name: "领衔代表" } },
          coSigners: coSignerIndexes.map((k) => ({ membershipId: congress.members[k], actor: { id: null, name: "附议代表" }, status: "CONFIRMED" as const })),
          staff: { id: null, name: staffName },
          leadUnit: { id: units[0].id, actor: actor(units[0]) },
          coUnits: coUnits.map((u) => ({ id: u.id, actor: actor(u) })),
          createdAt: new Date(createdAt),
        };
        // A few of this year's are still drafts.
        const steps = yearsAgo === 0 && random.chance(0.03) ? [] : settled(untilNow(storySteps(random, coUnits.length > 0, coSignerIndexes.length), createdAt, now), createdAt);
        stories.push(buildStory(cast, steps, random.uuid));
      }
    }
  }
  numberInAcceptanceOrder(stories.map((s) => s.suggestion));
  return { stories, unitStaff };
}

/** Drops a second evaluation that a commitment still open and not yet due would refuse. */
function settled(steps: StoryStep[], createdAt: number): StoryStep[] {
  const last = steps[steps.length - 1];
  if (last?.do !== "evaluateImplementation") return steps;
  let at = createdAt;
  const dues: number[] = [];
  const done = new Set<number>();
  for (const step of steps) {
    at += step.after * DAY_MS;
    if (step.do === "reply") for (const c of step.commitments ?? []) dues.push(at + c.dueInDays * DAY_MS);
    if (step.do === "progress" && step.done) done.add(step.commitment);
  }
  return dues.some((due, i) => !done.has(i) && due >= at) ? steps.slice(0, -1) : steps;
}

const TABLES: [keyof StoryRows, string][] = [
  ["coSigners", "SuggestionCoSigner"],
  ["units", "SuggestionUnit"],
  ["reassignments", "ReassignmentRequest"],
  ["consultations", "Consultation"],
  ["replies", "SuggestionReply"],
  ["commitments", "Commitment"],
  ["progress", "CommitmentProgress"],
  ["evaluations", "SuggestionEvaluation"],
  ["events", "SuggestionEvent"],
];

function table(name: string, rows: Record<string, unknown>[]): GeneratedTable {
  const columns = rows.length ? Object.keys(rows[0]) : [];
  return { name, columns, rows: rows.map((r) => columns.map((c) => r[c] as Row[number])) };
}

/** The tables to COPY, in foreign-key order; audit rows are the demo's only (the events carry the history here). */
export function suggestionTables(built: ReturnType<typeof buildSuggestions>, passwordHash: string): GeneratedTable[] {
  const staff = [...built.unitStaff.entries()];
  return [
    { name: "User", columns: ["id", "username", "displayName", "passwordHash", "homeCongressId", "congressPath"], rows: staff.map(([, s]) => [s.id, s.username, s.name, passwordHash, s.congress.id, s.congress.path]) },
    { name: "RoleGrant", columns: ["id", "userId", "role", "congressId", "congressPath"], rows: staff.map(([, s]) => [s.grantId, s.id, "UNIT_STAFF", s.congress.id, s.congress.path]) },
    { name: "UserHandlingUnit", columns: ["userId", "unitId"], rows: staff.map(([unitId, s]) => [s.id, unitId]) },
    table("Suggestion", built.stories.map((s) => s.suggestion)),
    ...TABLES.map(([key, name]) => table(name, built.stories.flatMap((s) => s[key] as Record<string, unknown>[]))),
  ];
}
