// Enumerations of the suggestion records, shared by the node types and the inputs.
import type {
  CommitmentStatus, ConsultationForm, EvaluationStage, ReplyClass, RequestStatus, Satisfaction, UnitAssignmentRole,
} from "../../generated/prisma/client";
import { describedEnum } from "../../graphql/enums";

export const ReplyClassEnum = describedEnum<ReplyClass>("ReplyClass", "答复类别 Class of a reply.", {
  A: "A 类 Solved or adopted.",
  B: "B 类 Being solved or planned.",
  C: "C 类 Cannot be solved now, with reasons.",
});
export const SatisfactionEnum = describedEnum<Satisfaction>("Satisfaction", "满意度 A deputy's evaluation.", {
  SATISFIED: "满意 Satisfied.",
  BASICALLY_SATISFIED: "基本满意 Basically satisfied.",
  UNSATISFIED: "不满意 Unsatisfied.",
});
export const ConsultationFormEnum = describedEnum<ConsultationForm>("ConsultationForm", "面商形式 How a consultation was held.", {
  IN_PERSON: "当面 In person.",
  MEETING: "座谈 A meeting.",
  SITE_VISIT: "实地 A site visit.",
  PHONE: "电话 By phone.",
  VIDEO: "视频 By video.",
});
export const UnitAssignmentRoleEnum = describedEnum<UnitAssignmentRole>("UnitAssignmentRole", "承办角色 Lead unit or co-unit.", {
  LEAD: "主办 The lead unit, which replies.",
  CO: "协办 A co-unit, which sends its opinion to the lead unit.",
});
export const RequestStatusEnum = describedEnum<RequestStatus>("RequestStatus", "申请状态 Where a request to staff stands.", {
  PENDING: "待审 Waiting for staff.",
  APPROVED: "已同意 Approved.",
  REJECTED: "已驳回 Rejected.",
});
export const CommitmentStatusEnum = describedEnum<CommitmentStatus>("CommitmentStatus", "承诺事项状态 Whether a commitment is done.", {
  OPEN: "未完成 Open.",
  DONE: "已完成 Done.",
});
export const EvaluationStageEnum = describedEnum<EvaluationStage>("EvaluationStage", "评价阶段 Which evaluation.", {
  REPLY: "答复评价 Of the reply (first evaluation).",
  IMPLEMENTATION: "落实评价 Of the implementation (second evaluation).",
});
