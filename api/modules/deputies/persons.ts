// The person behind a membership: found by ID number on registration, changed under the shared-person policy.
import type { z } from "zod";
import type { Person, Prisma } from "../../generated/prisma/client";
import { Errors } from "../../graphql/errors";
import { newPublicCode } from "../../lib/codes";
import type { PersonInput } from "./inputs";
import { recordAudit, type Actor } from "../audit/record";
import { commonAncestorPath, keepsAllRollsOf, PERSON_POLICY_SELECT, personPaths, requirePersonEditor } from "./policy";
import { msg } from "../../lib/i18n";
import { zmsg } from "../../lib/zod-messages";

type Tx = Prisma.TransactionClient;
type GivenPerson = z.infer<typeof PersonInput>;

export const DUPLICATE_MEMBERSHIP = zmsg("此身份证号的代表已在本届本级人大登记。", "A deputy with this ID number is already registered in this congress and term.");

export const OTHER_NAME =
  msg("此身份证号已登记在另一姓名下。请核对身份证号和姓名；如本人已更名，须由管辖其所有任职人大的管理员先更正姓名。", "A person with this ID number is already registered under another name. Check the ID number and the name; if the person was renamed, an administrator over all of the person's congresses corrects the name first.");

/**
 * The person a registration links to. A known ID number links to its person only under the same
 * name (so an ID number alone reveals no one), and the given person fields are not applied: the
 * person is shared, and only `updateDeputy` by an administrator over all its congresses edits it.
 */
export async function personForRegistration(tx: Tx, given: GivenPerson, congressPath: string): Promise<{ id: string; reused: boolean }> {
  if (given.idNumber) {
    const existing = await tx.person.findUnique({ where: { idNumber: given.idNumber }, select: { id: true, name: true } });
    if (existing && existing.name !== given.name) throw Errors.conflict(OTHER_NAME);
    if (existing) return { id: existing.id, reused: true };
  }
  const created = await tx.person.create({
    data: { ...given, birthDate: given.birthDate ?? null, publicCode: newPublicCode(), congressPath },
    select: { id: true },
  });
  return { id: created.id, reused: false };
}

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * What an update changes in the person. Absent fields stay; a private field sent back as null stays
 * for a caller who cannot see it (it read null), and is cleared by one who can.
 */
function personChanges(stored: Person, given: Partial<GivenPerson>, seesPrivate: boolean): Prisma.PersonUpdateInput {
  const changes: Prisma.PersonUpdateInput = {};
  if (given.name !== undefined && given.name !== stored.name) changes.name = given.name;
  if (given.gender !== undefined && given.gender !== stored.gender) changes.gender = given.gender;
  if (given.ethnicity !== undefined && given.ethnicity !== stored.ethnicity) changes.ethnicity = given.ethnicity;
  const privateValue = <T>(value: T | null | undefined) => (value === undefined || (value === null && !seesPrivate) ? undefined : value);
  const birthDate = privateValue(given.birthDate);
  if (birthDate !== undefined && !sameDay(birthDate, stored.birthDate)) changes.birthDate = birthDate;
  const idNumber = privateValue(given.idNumber);
  if (idNumber !== undefined && idNumber !== stored.idNumber) changes.idNumber = idNumber;
  const phone = privateValue(given.phone);
  if (phone !== undefined && phone !== stored.phone) changes.phone = phone;
  return changes;
}

/**
 * Applies person fields of an update, refusing any change to a caller outside some of the person's
 * congresses. The audit event sits at the congress above all of them, so only those who could make
 * the change read the private values it records.
 */
export async function updatePerson(tx: Tx, actor: Actor, personId: string, given: Partial<GivenPerson> | null | undefined): Promise<void> {
  if (!given) return;
  const stored = await tx.person.findUniqueOrThrow({ where: { id: personId }, include: { memberships: PERSON_POLICY_SELECT.memberships } });
  const changes = personChanges(stored, given, keepsAllRollsOf(actor.viewer, stored));
  if (Object.keys(changes).length === 0) return;
  await requirePersonEditor(tx, actor.viewer, stored);
  await tx.person.update({ where: { id: personId }, data: { ...changes, version: { increment: 1 } } });
  const before = Object.fromEntries(Object.keys(changes).map((key) => [key, stored[key as keyof Person]]));
  const congressPath = commonAncestorPath(personPaths(stored)) || null;
  await recordAudit(tx, actor, { action: "updatePerson", entityType: "Person", entityId: personId, congressPath, before, after: changes });
}
