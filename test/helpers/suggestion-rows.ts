// Suggestions written straight into the database, for tests of what surrounds the lifecycle (files, reminders).
import type { Prisma } from "../../api/db/prisma";
import type { SuggestionState } from "../../api/generated/prisma/client";

export interface SuggestionRow {
  id: string;
  congressId: string;
  leadUnitId: string;
}

/**
 * A suggestion of the congress of `regionName`, led by one of its deputies, assigned to one of its
 * handling units; the given accounts become the lead deputy (User.personId) and the unit's staff.
 */
export async function insertSuggestion(
  prisma: Prisma,
  regionName: string,
  options: { state?: SuggestionState; replyDueOn?: Date | null; title?: string; deputyUser?: string; unitUser?: string } = {},
): Promise<SuggestionRow> {
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: regionName } } });
  const lead = await prisma.deputyMembership.findFirstOrThrow({ where: { congressId: congress.id }, orderBy: { id: "asc" } });
  const unit = await prisma.handlingUnit.findFirstOrThrow({ where: { congressId: congress.id }, orderBy: { name: "asc" } });
  // After the numbers already given (the demo's suggestions have some).
  const sequence = ((await prisma.suggestion.aggregate({ where: { congressId: congress.id, kind: "SUGGESTION", year: 2026 }, _max: { sequence: true } }))._max.sequence ?? 0) + 1;
  const suggestion = await prisma.suggestion.create({
    data: {
      congressId: congress.id,
      congressPath: congress.path,
      leadMembershipId: lead.id,
      title: options.title ?? `关于改善${regionName}学校周边交通的建议`,
      body: "建议内容。",
      state: options.state ?? "HANDLING",
      number: `2026-${String(sequence).padStart(4, "0")}`,
      year: 2026,
      sequence,
      replyDueOn: options.replyDueOn ?? null,
      assignedAt: new Date(),
      units: { create: { unitId: unit.id, role: "LEAD" } },
    },
  });
  if (options.deputyUser) {
    await prisma.user.update({ where: { username: options.deputyUser }, data: { personId: lead.personId } });
  }
  if (options.unitUser) {
    const user = await prisma.user.findUniqueOrThrow({ where: { username: options.unitUser } });
    await prisma.userHandlingUnit.upsert({ where: { userId_unitId: { userId: user.id, unitId: unit.id } }, create: { userId: user.id, unitId: unit.id }, update: {} });
  }
  return { id: suggestion.id, congressId: congress.id, leadUnitId: unit.id };
}
