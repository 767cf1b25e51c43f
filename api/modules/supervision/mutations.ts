// One mutation per action of the supervision transition table, each `(id, version, input)`, plus createSupervisionTopic.
import { builder } from "../../graphql/builder";
import { plainIds } from "../suggestions/mutations";
import "./queries";
import { CreateSupervisionTopicInput, SUPERVISION_INPUTS } from "./input-types";
import { createSupervisionTopic, transitionSupervision } from "./service";
import { SUPERVISION_TRANSITIONS } from "./transitions";
import { SupervisionTopicNode } from "./types";

const ACTION_DESCRIPTIONS: Record<string, string> = {
  editSupervisionTopic: "Edits the title, description or suggestions before supervision starts (staff).",
  decideSupervisionTopic: "Records the director's meeting decision (date, meeting, document number) that makes the suggestions key (staff).",
  assignSupervisors: "Sets the supervisors in their five roles (staff of the congress or above).",
  planSupervision: "Sets the plan's milestones (staff).",
  startSupervision: "Starts supervision once a lead supervisor and a milestone exist (staff).",
  recordSupervision: "Writes a supervision record: visit, research, meeting or the unit's report, with progress on a milestone (assigned supervisors and staff).",
  judgeSupervisionTopic: "Gives the final judgement: 满意 / 基本满意 / 不满意 (the lead supervisor).",
  closeSupervisionTopic: "Closes the topic after the judgement (staff).",
  reviewSupervisionTopic: "Writes a look-back review (回头看) after closure (assigned supervisors and staff).",
};

builder.mutationFields((t) => {
  const inputs = SUPERVISION_INPUTS as Record<string, (typeof SUPERVISION_INPUTS)[keyof typeof SUPERVISION_INPUTS]>;
  const actions = Object.fromEntries(
    SUPERVISION_TRANSITIONS.map(({ action }) => {
      const inputType = inputs[action];
      const field = t.prismaField({
        type: "SupervisionTopic",
        description: `${ACTION_DESCRIPTIONS[action]} Refused with INVALID_TRANSITION from another state, FORBIDDEN for another actor, CONFLICT for a stale version; NOT_FOUND for a topic you may not read.`,
        args: {
          id: t.arg.globalID({ for: SupervisionTopicNode, required: true, description: "The topic." }),
          version: t.arg.int({ required: true, description: "The `version` you loaded." }),
          ...(inputType ? { input: t.arg({ type: inputType, required: true, description: "What the step needs." }) } : {}),
        },
        resolve: async (query, _root, args, ctx) => {
          const id = (args.id as { id: string }).id;
          await transitionSupervision(ctx, id, action, args.version, plainIds((args as { input?: unknown }).input ?? {}));
          return ctx.prisma.supervisionTopic.findUniqueOrThrow({ ...query, where: { id } });
        },
      });
      return [action, field];
    }),
  );
  return {
    ...actions,
    createSupervisionTopic: t.prismaField({
      type: "SupervisionTopic",
      description: "Proposes suggestions as key for a year (staff of the congress or above): a PROPOSED topic waiting for the director's meeting.",
      args: { input: t.arg({ type: CreateSupervisionTopicInput, required: true, description: "The topic." }) },
      resolve: async (query, _root, args, ctx) => {
        const created = await createSupervisionTopic(ctx, plainIds(args.input));
        return ctx.prisma.supervisionTopic.findUniqueOrThrow({ ...query, where: { id: created.id } });
      },
    }),
  };
});
