import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS, requireRecordInReach, requireSignedIn } from "../../auth/guard";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { recordAudit, type Actor } from "../audit/record";
import { msg } from "../../lib/i18n";
import { zmsg } from "../../lib/zod-messages";

type Tx = Prisma.TransactionClient;

/** "Each standing committee member contacts 5 to 7 grassroots deputies": shown as a warning, never a block. */
export const CONTACT_RANGE = { min: 5, max: 7 };

const AssignInput = z.object({
  congressId: z.string().uuid(),
  memberName: z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(50, zmsg("最多 50 个字符", "at most 50 characters")),
  deputyId: z.string().uuid(),
});
const VisitInput = z.object({
  assignmentId: z.string().uuid(),
  visitedOn: z.coerce.date({ message: zmsg("日期格式为 年-月-日，如 2026-03-05", "a date is written YYYY-MM-DD") }),
  form: z.string().trim().min(1, zmsg("请填写方式：走访、座谈、电话……", "say how: 走访, 座谈, 电话…")).max(50, zmsg("最多 50 个字符", "at most 50 characters")),
  notes: z.string().trim().max(2000, zmsg("最多 2000 个字符", "at most 2000 characters")).nullish(),
});

export async function assignContact(actor: Actor, rawInput: unknown) {
  const input = parseInput(AssignInput, rawInput);
  return inTransaction(actor.prisma, "This contact assignment", async (tx: Tx) => {
    requireSignedIn(actor.viewer);
    const congress = await tx.congress.findUnique({ where: { id: input.congressId } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, congress.path, "Congress", input.congressId);
    if (congress.level === "TOWNSHIP") {
      throw Errors.badInput(msg("联系代表工作由常委会负责，县级及以上才设常委会。", "Contact duties belong to standing committees, which exist at county level and above."), [
        { field: "input.congressId", message: msg("乡镇人大不设常委会", "a township congress has no standing committee") },
      ]);
    }
    const deputy = await tx.deputyMembership.findUnique({ where: { id: input.deputyId } });
    if (!deputy || !deputy.congressPath.startsWith(congress.path)) {
      throw Errors.badInput(msg("请选择本级或下级人大的代表。", "Choose a deputy of this congress or of a congress below it."), [{ field: "input.deputyId", message: msg("不在本人大范围内", "outside the congress") }]);
    }
    // Assigning twice (or twice at once) is a no-op that answers the existing assignment.
    const { count } = await tx.contactAssignment.createMany({
      data: [{ congressId: congress.id, congressPath: congress.path, memberName: input.memberName, deputyMembershipId: deputy.id }],
      skipDuplicates: true,
    });
    const assignment = await tx.contactAssignment.findUniqueOrThrow({
      where: { congressId_memberName_deputyMembershipId: { congressId: congress.id, memberName: input.memberName, deputyMembershipId: deputy.id } },
    });
    if (count > 0) {
      await recordAudit(tx, actor, { action: "assignContact", entityType: "ContactAssignment", entityId: assignment.id, congressPath: congress.path, after: assignment });
    }
    return assignment;
  });
}

export async function removeContact(actor: Actor, id: string) {
  return inTransaction(actor.prisma, "Contact assignment", async (tx: Tx) => {
    requireSignedIn(actor.viewer);
    const assignment = await tx.contactAssignment.findUnique({ where: { id } });
    if (!assignment) throw Errors.notFound("Contact assignment", id);
    requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, assignment.congressPath, "Contact assignment", id);
    await tx.contactAssignment.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "removeContact", entityType: "ContactAssignment", entityId: id, congressPath: assignment.congressPath, before: assignment });
    return assignment;
  });
}

export async function recordContactVisit(actor: Actor, rawInput: unknown) {
  const input = parseInput(VisitInput, rawInput);
  return inTransaction(actor.prisma, "Visit", async (tx: Tx) => {
    requireSignedIn(actor.viewer);
    const assignment = await tx.contactAssignment.findUnique({ where: { id: input.assignmentId } });
    if (!assignment) throw Errors.notFound("Contact assignment", input.assignmentId);
    requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, assignment.congressPath, "Contact assignment", input.assignmentId);
    const visit = await tx.contactVisit.create({
      data: { assignmentId: assignment.id, visitedOn: input.visitedOn, form: input.form, notes: input.notes ?? null },
    });
    await recordAudit(tx, actor, { action: "recordContactVisit", entityType: "ContactVisit", entityId: visit.id, congressPath: assignment.congressPath, after: visit });
    return visit;
  });
}
