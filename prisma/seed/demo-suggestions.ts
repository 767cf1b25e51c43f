// Loads the demo suggestions (demo-suggestion-stories.ts) as the rows their histories leave, dated
// back from now. Written as rows, not through the mutations: the API dates every step "now", and a
// demo needs replies months old, one overdue and one due soon.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../api/generated/prisma/client";
import { DEMO_STORIES, type DemoCongress, type DemoStory, type DemoUnit } from "./demo-suggestion-stories";
import { buildStory, numberInAcceptanceOrder, type StoryActor, type StoryCast, type StoryRows } from "./suggestion-story";

const DAY_MS = 86_400_000;

/** Who acts for each congress: its demo staff account, and the unit staff account of wh.unit's unit. */
const STAFF_LOGIN: Record<DemoCongress, string> = { 五华区: "wh.staff", 昆明市: "km.admin", 大理白族自治州: "dl.admin" };

interface CongressCast {
  id: string;
  path: string;
  deputies: { membershipId: string; actor: StoryActor }[];
  units: { id: string; name: string; staff: StoryActor | null }[];
  staff: StoryActor;
}

async function castOf(prisma: PrismaClient, regionName: DemoCongress): Promise<CongressCast> {
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: regionName } } });
  const members = await prisma.deputyMembership.findMany({
    where: { congressId: congress.id, status: "ACTIVE" },
    include: { person: { include: { account: { select: { id: true, displayName: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  const units = await prisma.handlingUnit.findMany({ where: { congressId: congress.id }, include: { staff: { include: { user: true }, take: 1 } } });
  const staff = await prisma.user.findUniqueOrThrow({ where: { username: STAFF_LOGIN[regionName] } });
  return {
    id: congress.id,
    path: congress.path,
    deputies: members.map((m) => ({ membershipId: m.id, actor: { id: m.person.account?.id ?? null, name: m.person.account?.displayName ?? m.person.name } })),
    units: units.map((u) => ({ id: u.id, name: u.name, staff: u.staff[0] ? { id: u.staff[0].user.id, name: u.staff[0].user.displayName } : null })),
    staff: { id: staff.id, name: staff.displayName },
  };
}

function unitOf(cast: CongressCast, key: DemoUnit) {
  const unit = cast.units.find((u) => u.name.endsWith(key));
  if (!unit) throw new Error(`Demo suggestions: no handling unit ending in ${key}`);
  return { id: unit.id, actor: unit.staff ?? { id: null, name: `${unit.name}经办人` } };
}

function deputyOf(cast: CongressCast, index: number) {
  const deputy = cast.deputies[index];
  if (!deputy) throw new Error(`Demo suggestions: the congress has no active deputy number ${index}`);
  return deputy;
}

function storyCast(story: DemoStory, index: number, cast: CongressCast, now: number): StoryCast {
  return {
    congressId: cast.id,
    congressPath: cast.path,
    kind: story.kind ?? "SUGGESTION",
    delegation: story.delegation ?? null,
    title: story.title,
    body: story.body,
    lead: deputyOf(cast, story.lead),
    coSigners: (story.coSigners ?? []).map(([index, status]) => ({ ...deputyOf(cast, index), status })),
    staff: cast.staff,
    leadUnit: story.unit ? unitOf(cast, story.unit) : undefined,
    coUnits: (story.coUnits ?? []).map((key) => unitOf(cast, key)),
    // Minutes apart, so that no two stories take a step at the same instant.
    createdAt: new Date(now - story.daysAgo * DAY_MS - (index + 1) * 37 * 60_000),
  };
}

async function insertRows(prisma: Prisma.TransactionClient, rows: StoryRows): Promise<void> {
  // Prisma's types want each model's own input; the story's rows carry exactly the model's columns.
  await prisma.suggestion.create({ data: rows.suggestion as never });
  await prisma.suggestionCoSigner.createMany({ data: rows.coSigners as never });
  await prisma.suggestionUnit.createMany({ data: rows.units as never });
  await prisma.reassignmentRequest.createMany({ data: rows.reassignments as never });
  await prisma.consultation.createMany({ data: rows.consultations as never });
  await prisma.suggestionReply.createMany({ data: rows.replies as never });
  await prisma.commitment.createMany({ data: rows.commitments as never });
  await prisma.commitmentProgress.createMany({ data: rows.progress as never });
  await prisma.suggestionEvaluation.createMany({ data: rows.evaluations as never });
  await prisma.suggestionEvent.createMany({ data: rows.events as never });
  await prisma.auditEvent.createMany({ data: rows.audits as never });
}

/** Loads the demo suggestions once (a congress that has suggestions already is left alone). */
export async function loadDemoSuggestions(prisma: PrismaClient, now = Date.now()): Promise<number> {
  if ((await prisma.suggestion.count()) > 0) return 0;
  const casts = new Map<DemoCongress, CongressCast>();
  for (const story of DEMO_STORIES) if (!casts.has(story.congress)) casts.set(story.congress, await castOf(prisma, story.congress));
  const stories = DEMO_STORIES.map((story, index) => buildStory(storyCast(story, index, casts.get(story.congress)!, now), story.steps, randomUUID));
  numberInAcceptanceOrder(stories.map((s) => s.suggestion));
  await prisma.$transaction(async (tx) => {
    for (const rows of stories) {
      const last = rows.events[rows.events.length - 1].createdAt as Date;
      if (last.getTime() > now) throw new Error(`Demo suggestion "${String(rows.suggestion.title)}" has steps in the future`);
      await insertRows(tx, rows);
    }
  });
  return stories.length;
}
