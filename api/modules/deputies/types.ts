import { DeputyStatus, Gender, OccupationCategory } from "../../generated/prisma/enums";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { reaches } from "../../auth/viewer";
import { pathInReachWhere } from "../../auth/scope";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { nodeConnection, resolveList, sortOn } from "../../graphql/connections";
import { listArgs, sortChoices } from "../../graphql/list-order";
import { CongressLevelEnum, CongressNode } from "../congresses/types";
import { birthYearMonth, keepsAllRollsOf, PERSON_POLICY_SELECT } from "./policy";
import { deputyFilterWhere } from "./scope";
import { WorkingGroupNode } from "../groups/types";
import { StationNode } from "../stations/types";
import { TermNode } from "../terms/types";

export const GenderEnum = describedEnum<Gender>("Gender", "性别 Gender.", { MALE: "男 Male.", FEMALE: "女 Female." });
export const DeputyStatusEnum = describedEnum<DeputyStatus>("DeputyStatus", "代表状态 Status of a membership after qualification review.", {
  ACTIVE: "在任 Serving.",
  RESIGNED: "辞职 Resigned.",
  TERMINATED: "终止代表资格 Qualification terminated.",
  RECALLED: "罢免 Recalled by the constituency or electoral unit.",
  DECEASED: "去世 Deceased.",
});
export const OccupationEnum = describedEnum<OccupationCategory>("OccupationCategory", "职业构成 Occupation category.", {
  WORKER: "工人 Worker.",
  FARMER: "农民 Farmer.",
  PROFESSIONAL: "专业技术人员 Professional.",
  OFFICIAL: "党政领导干部 Official.",
  ENTERPRISE: "企业负责人 Enterprise manager.",
  MILITARY: "解放军和武警 Military.",
  OTHER: "其他 Other.",
});

const PRIVATE_RULE = "null unless you keep the deputy rolls (administrator or deputy affairs staff) over EVERY congress the person is a deputy of";

export const PersonRef = builder.prismaNode("Person", {
  description: "自然人 A person who is a deputy at one or more levels: one shared record behind every membership. Name, gender, ethnicity and birth month are public; ID number, phone and full birth date are private.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    name: t.exposeString("name", { description: "Name." }),
    gender: t.expose("gender", { type: GenderEnum, description: "Gender." }),
    ethnicity: t.exposeString("ethnicity", { description: "Ethnic group, e.g. 汉族, 白族." }),
    birthYearMonth: t.string({
      nullable: true,
      description: "Public: year and month of birth, e.g. 1975-03, as official deputy lists print it.",
      select: { birthDate: true },
      resolve: (p) => birthYearMonth(p.birthDate),
    }),
    birthDate: t.field({
      type: "Date",
      nullable: true,
      description: `Private: full date of birth; ${PRIVATE_RULE}.`,
      select: { birthDate: true, ...PERSON_POLICY_SELECT },
      resolve: (p, _args, ctx) => (keepsAllRollsOf(ctx.viewer, p) ? p.birthDate : null),
    }),
    idNumber: t.string({
      nullable: true,
      description: `Private: resident ID number; ${PRIVATE_RULE}.`,
      select: { idNumber: true, ...PERSON_POLICY_SELECT },
      resolve: (p, _args, ctx) => (keepsAllRollsOf(ctx.viewer, p) ? p.idNumber : null),
    }),
    phone: t.string({
      nullable: true,
      description: `Private: phone; ${PRIVATE_RULE}.`,
      select: { phone: true, ...PERSON_POLICY_SELECT },
      resolve: (p, _args, ctx) => (keepsAllRollsOf(ctx.viewer, p) ? p.phone : null),
    }),
    publicCode: t.exposeString("publicCode", { description: "The deputy code (代表码) behind the QR code; `/d/<code>` is the public profile." }),
    memberships: t.relation("memberships", { description: "Every congress and term the person serves or served in.", query: () => ({ orderBy: { createdAt: "asc" } }) }),
  }),
});

const StatusChangeRef = builder.prismaNode("DeputyStatusChange", {
  description: "代表资格变动 A dated status change and the review behind it. Private, like `Deputy.statusHistory`.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  // Looked up by id, it is as private as the history it belongs to: only the keepers of the deputy's rolls find it.
  findUnique: (id, ctx) => ({ id, membership: pathInReachWhere(ctx.viewer, DEPUTY_MANAGERS, "congressPath") }),
  fields: (t) => ({
    fromStatus: t.expose("fromStatus", { type: DeputyStatusEnum, nullable: true, description: "Status before; null for the registration." }),
    toStatus: t.expose("toStatus", { type: DeputyStatusEnum, description: "Status after." }),
    effectiveOn: t.expose("effectiveOn", { type: "Date", description: "The day it took effect." }),
    review: t.exposeString("review", { nullable: true, description: "The qualification review that decided it." }),
    reason: t.exposeString("reason", { nullable: true, description: "Why." }),
    actorName: t.exposeString("actorName", { description: "Who recorded it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded." }),
  }),
});

export const DeputyNode = builder.prismaNode("DeputyMembership", {
  name: "Deputy",
  description: "代表 A person's membership of one congress for one term.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    person: t.relation("person", { description: "The person." }),
    congress: t.relation("congress", { description: "The congress." }),
    term: t.relation("term", { description: "The term (届)." }),
    constituency: t.exposeString("constituency", { description: "原选区 (county, township) or 原选举单位 (municipal, provincial)." }),
    delegation: t.exposeString("delegation", { nullable: true, description: "代表团 at the session, if any." }),
    occupation: t.expose("occupation", { type: OccupationEnum, description: "Occupation category." }),
    grassroots: t.exposeBoolean("grassroots", { description: "基层代表: a grassroots deputy." }),
    party: t.exposeString("party", { description: "Party affiliation, e.g. 中共党员, 群众." }),
    status: t.expose("status", { type: DeputyStatusEnum, description: "Current status." }),
    statusChangedAt: t.expose("statusChangedAt", { type: "DateTime", description: "When the status last changed." }),
    statusHistory: t.field({
      type: [StatusChangeRef],
      nullable: true,
      description: "Dated status changes, oldest first; null unless you keep the deputy rolls of this congress.",
      select: (_args, _ctx, nestedSelection) => ({ statusChanges: nestedSelection({ orderBy: { createdAt: "asc" } }) }),
      resolve: (membership, _args, ctx) => (reaches(ctx.viewer, DEPUTY_MANAGERS, membership.congressPath) ? membership.statusChanges : null),
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

export const DeputyFilter = builder.inputType("DeputyFilter", {
  description: "Conditions a deputy must meet; all given conditions apply.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, description: "Only deputies of this congress." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only deputies of this congress and every congress below it." }),
    level: t.field({ type: CongressLevelEnum, description: "Only deputies of congresses at this level." }),
    termId: t.globalID({ for: TermNode, description: "Only this term." }),
    status: t.field({ type: DeputyStatusEnum, description: "Only this status." }),
    grassroots: t.boolean({ description: "Only grassroots (true) or other (false) deputies." }),
    occupation: t.field({ type: OccupationEnum, description: "Only this occupation category." }),
    groupId: t.globalID({ for: WorkingGroupNode, description: "Only members of this working group." }),
    stationId: t.globalID({ for: StationNode, description: "Only deputies placed in this station through their groups." }),
    search: t.string({ description: "Name contains this text." }),
  }),
});

const { order: DeputyOrderField, sorts: DEPUTY_SORTS } = sortChoices("DeputyOrderField", "deputies", {
  list: "deputies",
  defaultSort: "name",
  choices: {
    NAME: { value: "name", column: sortOn.string("person", "name"), description: "Name, in pinyin order." },
    STATUS_CHANGED: { value: "statusChangedAt", column: sortOn.date("statusChangedAt"), description: "Last status change." },
    CREATED_AT: { value: "createdAt", column: sortOn.date("createdAt"), description: "Registration." },
  },
});

const DeputyConnection = nodeConnection(DeputyNode, "Deputy", "deputies");

builder.queryFields((t) => ({
  deputies: t.connection(
    {
      type: DeputyNode,
      description: "代表 Deputies' public profiles. Filters by congress, subtree, level, status, group, station and name.",
      args: {
        ...listArgs(t.arg, {
          filter: DeputyFilter,
          filterDescription: "Conditions; omitted means every deputy.",
          order: DeputyOrderField,
          sortDescription: "Sort field (default NAME).",
        }),
      },
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.deputyMembership,
          typeName: "Deputy",
          scope: {},
          filter: await deputyFilterWhere(ctx.prisma, args.filter),
          sorts: DEPUTY_SORTS,
          args,
        }),
    },
    DeputyConnection,
  ),
}));
