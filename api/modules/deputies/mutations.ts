import { builder } from "../../graphql/builder";
import { changeDeputyStatus, registerDeputy, rotateDeputyCode, updateDeputy } from "./service";
import { DeputyNode, DeputyStatusEnum, GenderEnum, OccupationEnum } from "./types";
import { CongressNode } from "../congresses/types";
import { TermNode } from "../terms/types";

const PersonInput = builder.inputType("PersonInput", {
  description: "The person behind a deputy membership.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Name." }),
    gender: t.field({ type: GenderEnum, required: true, description: "Gender." }),
    ethnicity: t.string({ required: true, description: "Ethnic group, e.g. 汉族." }),
    birthDate: t.field({ type: "Date", description: "Date of birth." }),
    idNumber: t.string({
      description:
        "Resident ID number (private). On registration, a person already known by it is linked under the same name only (CONFLICT otherwise) and keeps their recorded fields: persons are shared, memberships are per congress.",
    }),
    phone: t.string({ description: "Phone (private)." }),
  }),
});

const PersonPatchInput = builder.inputType("PersonPatchInput", {
  description: "Changes to the person behind a deputy: omit a field to keep it, send null to clear an optional one.",
  fields: (t) => ({
    name: t.string({ description: "Name; omit to keep, cannot be null." }),
    gender: t.field({ type: GenderEnum, description: "Gender; omit to keep, cannot be null." }),
    ethnicity: t.string({ description: "Ethnic group; omit to keep, cannot be null." }),
    birthDate: t.field({ type: "Date", description: "Date of birth (private); omit to keep, null to clear." }),
    idNumber: t.string({ description: "Resident ID number (private); omit to keep, null to clear." }),
    phone: t.string({ description: "Phone (private); omit to keep, null to clear." }),
  }),
});

const membershipFields = {
  constituency: "原选区 or 原选举单位.",
  delegation: "代表团, if any.",
  party: "Party affiliation.",
};

const RegisterDeputyInput = builder.inputType("RegisterDeputyInput", {
  description:
    "A new deputy membership. When the ID number is already known, the membership links to that person (same name required) and the person fields given here are not applied.",
  fields: (t) => ({
    person: t.field({ type: PersonInput, required: true, description: "The person." }),
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress." }),
    termId: t.globalID({ for: TermNode, required: true, description: "The term of that congress." }),
    constituency: t.string({ required: true, description: membershipFields.constituency }),
    delegation: t.string({ description: membershipFields.delegation }),
    occupation: t.field({ type: OccupationEnum, required: true, description: "Occupation category." }),
    grassroots: t.boolean({ required: true, description: "A grassroots deputy (基层代表)." }),
    party: t.string({ required: true, description: membershipFields.party }),
  }),
});

const UpdateDeputyInput = builder.inputType("UpdateDeputyInput", {
  description:
    "Changes to a deputy: omit a field to keep it, send null to clear an optional one. Membership fields are yours when you keep the rolls of its congress; person fields are shared by every membership of the person.",
  fields: (t) => ({
    person: t.field({
      type: PersonPatchInput,
      description:
        "Changes to the person; omitted or null leaves it unchanged. Changing any person field needs an administrator or deputy affairs staff over EVERY congress the person is a deputy of (FORBIDDEN otherwise). A private field you read as null and send back as null stays unchanged.",
    }),
    constituency: t.string({ description: `${membershipFields.constituency} Omit to keep, cannot be null.` }),
    delegation: t.string({ description: `${membershipFields.delegation} Omit to keep, null to clear.` }),
    occupation: t.field({ type: OccupationEnum, description: "Occupation category; omit to keep, cannot be null." }),
    grassroots: t.boolean({ description: "A grassroots deputy; omit to keep, cannot be null." }),
    party: t.string({ description: `${membershipFields.party} Omit to keep, cannot be null.` }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

const ChangeDeputyStatusInput = builder.inputType("ChangeDeputyStatusInput", {
  description: "A status change after a qualification review (代表资格审查).",
  fields: (t) => ({
    status: t.field({ type: DeputyStatusEnum, required: true, description: "The new status; only ACTIVE deputies change status." }),
    effectiveOn: t.field({ type: "Date", required: true, description: "The day it takes effect." }),
    review: t.string({ description: "The review that decided it, e.g. its report number." }),
    reason: t.string({ description: "Why." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

builder.mutationFields((t) => ({
  registerDeputy: t.prismaField({
    type: "DeputyMembership",
    description: "Registers a deputy of a congress for a term. Administrators and deputy affairs staff of the congress or above.",
    args: { input: t.arg({ type: RegisterDeputyInput, required: true, description: "The deputy." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await registerDeputy(ctx, { ...args.input, congressId: args.input.congressId.id, termId: args.input.termId.id });
      return ctx.prisma.deputyMembership.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateDeputy: t.prismaField({
    type: "DeputyMembership",
    description: "Edits a deputy.",
    args: {
      id: t.arg.globalID({ for: DeputyNode, required: true, description: "The deputy." }),
      input: t.arg({ type: UpdateDeputyInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateDeputy(ctx, args.id.id, args.input);
      return ctx.prisma.deputyMembership.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  changeDeputyStatus: t.prismaField({
    type: "DeputyMembership",
    description: "Records a status change (resigned, terminated, recalled, deceased) with its review; INVALID_TRANSITION when not allowed.",
    args: {
      id: t.arg.globalID({ for: DeputyNode, required: true, description: "The deputy." }),
      input: t.arg({ type: ChangeDeputyStatusInput, required: true, description: "The change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await changeDeputyStatus(ctx, args.id.id, args.input);
      return ctx.prisma.deputyMembership.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  rotateDeputyCode: t.prismaField({
    type: "DeputyMembership",
    description: "Issues a new deputy code; printed QR codes with the old one stop working.",
    args: { id: t.arg.globalID({ for: DeputyNode, required: true, description: "The deputy." }) },
    resolve: async (query, _root, args, ctx) => {
      await rotateDeputyCode(ctx, args.id.id);
      return ctx.prisma.deputyMembership.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
