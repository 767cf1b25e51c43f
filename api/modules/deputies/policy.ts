// A person is one shared fact (name, birth date, ID number…) behind memberships of several
// congresses. Who reaches one membership must not read or rewrite what another congress keeps.
import type { Prisma } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { reaches, type Viewer } from "../../auth/viewer";
import { Errors } from "../../graphql/errors";
import { msg } from "../../lib/i18n";

/** The columns a policy decision needs; select them with the person (no extra query per row). */
export const PERSON_POLICY_SELECT = {
  congressPath: true,
  memberships: { select: { congressPath: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.PersonSelect;

export interface PersonPaths {
  /** The congress that first registered the person. */
  congressPath: string;
  memberships: { congressPath: string }[];
}

/** Every congress path the person belongs to: the registering congress and each membership's. */
export function personPaths(person: PersonPaths): string[] {
  return [...new Set([person.congressPath, ...person.memberships.map((m) => m.congressPath)])];
}

/**
 * Private person fields (ID number, phone, full birth date) are read and person fields are edited
 * only by those who keep the deputy rolls over EVERY congress the person belongs to.
 */
export function keepsAllRollsOf(viewer: Viewer, person: PersonPaths): boolean {
  return personPaths(person).every((path) => reaches(viewer, DEPUTY_MANAGERS, path));
}

/** "1975-03": the public form of a birth date, as official deputy lists print it. */
export function birthYearMonth(birthDate: Date | null): string | null {
  return birthDate ? birthDate.toISOString().slice(0, 7) : null;
}

/** The lowest congress whose subtree holds every path ("a/b/" lists congress ids from the root); "" when none. */
export function commonAncestorPath(paths: string[]): string {
  const split = paths.map((p) => p.split("/").filter(Boolean));
  const common: string[] = [];
  for (let i = 0; split.every((s) => i < s.length && s[i] === split[0][i]); i++) common.push(split[0][i]);
  return common.length ? `${common.join("/")}/` : "";
}

/** Refuses a change of person fields to someone who does not keep the rolls over all the person's congresses. */
export async function requirePersonEditor(tx: Prisma.TransactionClient, viewer: Viewer, person: PersonPaths): Promise<void> {
  if (keepsAllRollsOf(viewer, person)) return;
  const ancestorPath = commonAncestorPath(personPaths(person));
  const ancestor = ancestorPath ? await tx.congress.findFirst({ where: { path: ancestorPath }, select: { name: true } }) : null;
  const above = ancestor ? msg(`${ancestor.name}（或上级）的管理员`, `an administrator of ${ancestor.name} (or above)`) : msg("平台管理员", "a platform administrator");
  throw Errors.forbidden(
    msg(
      `此人也是您管辖范围以外的人大的代表，姓名、性别、民族、出生日期、身份证号和电话只能由${above.zh}修改。代表资格相关信息仍可由您修改。`,
      `This person is also a deputy of another congress outside your jurisdiction, so name, gender, ethnicity, birth date, ID number and phone are changed only by ${above.en}. Membership fields remain yours to edit.`,
    ),
  );
}
