// Links that make an account act as someone: the deputy it is, the handling units it works for, the
// stations it keeps. Set by an administrator who manages the account (policy.ts) and reaches the
// linked records; each link must fit a role the account holds and lie in the account's jurisdiction.
import type { Prisma, User } from "../../generated/prisma/client";
import { ADMIN_ROLES } from "../../auth/guard";
import { reaches, type Role, type Viewer } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { msg } from "../../lib/i18n";
import { planSetChange } from "../../lib/sets";
import { recordAudit, type Actor } from "../audit/record";
import { personPaths, PERSON_POLICY_SELECT } from "../deputies/policy";
import { LinkAccountToPersonInput, SetAccountStationsInput, SetAccountUnitsInput } from "./inputs";
import { STATION_LINKS, UNIT_LINKS, type LinkSet } from "./link-sets";
import { managedUser } from "./users";

type Tx = Prisma.TransactionClient;
type HeldGrant = { role: Role | string; congressPath: string | null };

const heldGrants = (tx: Tx, userId: string): Promise<HeldGrant[]> => tx.roleGrant.findMany({ where: { userId }, select: { role: true, congressPath: true } });

const reachesAll = (viewer: Viewer, paths: string[]) => paths.every((path) => reaches(viewer, ADMIN_ROLES, path));

/**
 * Links the account to the person it is (a deputy signing in as themself), or unlinks it with null.
 * The administrator must reach every congress the person is a deputy of, since the account then acts
 * for all those memberships.
 */
export async function linkAccountToPerson(actor: Actor, rawInput: unknown): Promise<User> {
  const { prisma, viewer } = actor;
  const input = parseInput(LinkAccountToPersonInput, rawInput);
  return inTransaction(prisma, "This account link", async (tx: Tx) => {
    const user = await managedUser(tx, viewer, input.userId);
    if (input.personId) await requireLinkablePerson(tx, viewer, user, input.personId);
    if (user.personId === input.personId) return user;
    const after = await tx.user.update({ where: { id: user.id }, data: { personId: input.personId, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "linkAccountToPerson",
      entityType: "User",
      entityId: user.id,
      congressPath: user.congressPath,
      before: { personId: user.personId },
      after: { personId: after.personId },
    });
    return after;
  });
}

async function requireLinkablePerson(tx: Tx, viewer: Viewer, user: User, personId: string): Promise<void> {
  const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, name: true, ...PERSON_POLICY_SELECT } });
  const paths = person ? personPaths(person) : [];
  if (!person || !paths.some((path) => reaches(viewer, ADMIN_ROLES, path))) throw Errors.notFound("Person", personId);
  if (!reachesAll(viewer, paths)) {
    throw Errors.forbidden(
      msg(
        `${person.name}也是您管辖范围以外的人大代表，只有管辖其全部任职的管理员才能把账号关联到此人。`,
        `${person.name} is also a deputy of a congress outside your jurisdiction; only an administrator over all of their memberships may link an account to them.`,
      ),
    );
  }
  const deputyAt = (await heldGrants(tx, user.id)).filter((g) => g.role === "DEPUTY" && g.congressPath).map((g) => g.congressPath!);
  if (deputyAt.length === 0) {
    throw Errors.badInput(msg("只有持有“代表”角色的账号才能关联代表本人，请先授予该角色。", "Only an account holding the DEPUTY role can be linked to a deputy; grant the role first."), [
      { field: "personId", message: msg("账号没有“代表”角色", "the account does not hold DEPUTY") },
    ]);
  }
  if (!person.memberships.some((m) => deputyAt.some((path) => m.congressPath.startsWith(path)))) {
    throw Errors.badInput(msg(`${person.name}不是该账号“代表”角色所在人大的代表。`, `${person.name} is not a deputy of the congress where the account holds DEPUTY.`), [
      { field: "personId", message: msg("不在账号的代表角色范围内", "outside the account's DEPUTY grant") },
    ]);
  }
  const holder = await tx.user.findFirst({ where: { personId, id: { not: user.id } }, select: { id: true } });
  if (holder) {
    throw Errors.conflict(msg(`${person.name}已关联另一个账号；请先在那个账号上解除关联。`, `${person.name} is already linked to another account; unlink it there first.`), [
      { field: "personId", message: msg("已关联其他账号", "linked to another account") },
    ]);
  }
}

/** Makes the account's set of linked records exactly `ids` (set semantics: repeating it changes nothing). */
async function setLinks(actor: Actor, kind: LinkSet, userId: string, ids: string[]): Promise<User> {
  const { prisma, viewer } = actor;
  return inTransaction(prisma, "This account link", async (tx: Tx) => {
    const user = await managedUser(tx, viewer, userId);
    const wanted = [...new Set(ids)];
    const found = new Map((await kind.targets(tx, wanted)).map((t) => [t.id, t]));
    for (const id of wanted) {
      const target = found.get(id);
      if (!target || !reaches(viewer, ADMIN_ROLES, target.congressPath)) throw Errors.notFound(kind.what, id);
    }
    if (wanted.length > 0 && !(await heldGrants(tx, user.id)).some((g) => g.role === kind.role)) {
      throw Errors.badInput(kind.roleMissing, [{ field: kind.field, message: msg(`账号没有${kind.role}角色`, `the account does not hold ${kind.role}`) }]);
    }
    const outside = wanted.map((id) => found.get(id)!).filter((t) => !t.congressPath.startsWith(user.congressPath));
    if (outside.length > 0) {
      const names = outside.map((t) => t.name).join("、");
      throw Errors.badInput(msg(`${names}不在该账号所属人大及其下级范围内。`, `${names} lies outside the account's home congress and the congresses below it.`), [
        { field: kind.field, message: msg("超出账号所属人大的范围", "outside the account's home congress") },
      ]);
    }
    const before = await kind.current(tx, user.id);
    const change = planSetChange(before, wanted, "replace");
    if (change.toInsert.length === 0 && change.toDelete.length === 0) return user;
    await kind.write(tx, user.id, change.toInsert, change.toDelete);
    await recordAudit(tx, actor, {
      action: kind.action,
      entityType: "User",
      entityId: user.id,
      congressPath: user.congressPath,
      before: { [kind.field]: before },
      after: { [kind.field]: change.after },
    });
    return user;
  });
}

export async function setAccountUnits(actor: Actor, rawInput: unknown): Promise<User> {
  const input = parseInput(SetAccountUnitsInput, rawInput);
  return setLinks(actor, UNIT_LINKS, input.userId, input.unitIds);
}

export async function setAccountStations(actor: Actor, rawInput: unknown): Promise<User> {
  const input = parseInput(SetAccountStationsInput, rawInput);
  return setLinks(actor, STATION_LINKS, input.userId, input.stationIds);
}
