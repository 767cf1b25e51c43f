// The rows one suggestion's history leaves, built from a story (its steps, days apart) without a
// database: the demo seed inserts them with Prisma, datagen streams them with COPY. The rows are the
// ones the transition table (api/modules/suggestions/transitions.ts) writes for the same steps —
// state, version, dates, number, events, units, replies, commitments, evaluations — but dated in
// the past, which the API cannot do (it stamps every step "now").
import { addCalendarMonths, addWorkingDays } from "../../api/lib/calendar";

type Satisfaction = "SATISFIED" | "BASICALLY_SATISFIED" | "UNSATISFIED";
type State = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" | "ASSIGNED" | "HANDLING" | "REPLIED" | "REHANDLING" | "IMPLEMENTING" | "CLOSED" | "WITHDRAWN" | "HANDLED_AS_LETTER";
type Row = Record<string, unknown>;

export interface StoryActor {
  id: string | null;
  name: string;
}

export interface StoryUnit {
  id: string;
  actor: StoryActor;
}

export interface StoryCast {
  congressId: string;
  congressPath: string;
  kind?: "SUGGESTION" | "MOTION";
  delegation?: string | null;
  sessionId?: string | null;
  title: string;
  body: string;
  lead: { membershipId: string; actor: StoryActor };
  coSigners?: { membershipId: string; actor: StoryActor; status: "INVITED" | "CONFIRMED" | "DECLINED" }[];
  staff: StoryActor;
  leadUnit?: StoryUnit;
  coUnits?: StoryUnit[];
  createdAt: Date;
}

/** One step, `after` days after the previous one (fractions allowed). */
export type StoryStep = { after: number } & (
  | { do: "submit" | "resubmit" | "accept" | "assign" | "start" }
  | { do: "return" | "letter" | "withdraw" | "waive" | "requestReassignment"; reason: string }
  | { do: "decideMotion"; decision: "ON_AGENDA" | "NOT_ON_AGENDA"; note: string }
  | { do: "consult"; form: "IN_PERSON" | "MEETING" | "SITE_VISIT" | "PHONE" | "VIDEO"; participants: string; summary: string }
  | { do: "coOpinion"; unit: number; opinion: string }
  | { do: "reply"; class: "A" | "B" | "C"; body: string; signedBy: string; commitments?: { description: string; dueInDays: number }[] }
  | { do: "progress"; commitment: number; note: string; done: boolean }
  | { do: "evaluate" | "evaluateImplementation"; satisfaction: Satisfaction; comment?: string }
  | { do: "coSignerEvaluation"; coSigner: number; satisfaction: Satisfaction; comment?: string }
);

export interface StoryRows {
  suggestion: Row;
  coSigners: Row[];
  units: Row[];
  reassignments: Row[];
  consultations: Row[];
  replies: Row[];
  commitments: Row[];
  progress: Row[];
  evaluations: Row[];
  events: Row[];
  audits: Row[];
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai calendar day of an instant (no daylight saving there), as a `@db.Date` value. */
export function chinaDay(at: Date): Date {
  const shifted = at.getTime() + CHINA_OFFSET_MS;
  return new Date(shifted - (shifted % DAY_MS));
}

/** Builds the rows; `uuid` draws the ids (random for the demo, seeded for datagen). */
export function buildStory(cast: StoryCast, steps: readonly StoryStep[], uuid: () => string): StoryRows {
  const id = uuid();
  const out: StoryRows = { suggestion: {}, coSigners: [], units: [], reassignments: [], consultations: [], replies: [], commitments: [], progress: [], evaluations: [], events: [], audits: [] };
  const s: Row & { state: State; version: number; rehandlingCount: number } = {
    id, kind: cast.kind ?? "SUGGESTION", state: "DRAFT", congressId: cast.congressId, congressPath: cast.congressPath, sessionId: cast.sessionId ?? null,
    leadMembershipId: cast.lead.membershipId, delegation: cast.delegation ?? null, title: cast.title, body: cast.body,
    number: null, year: null, sequence: null, submittedAt: null, acceptedAt: null, assignedAt: null, replyDueOn: null, reassignableUntil: null,
    repliedAt: null, closedAt: null, stateReason: null, consultationWaiver: null, motionDecision: cast.kind === "MOTION" ? "PENDING" : null, motionDecisionNote: null,
    rehandlingCount: 0, disputed: false, createdById: cast.lead.actor.id, createdAt: cast.createdAt, updatedAt: cast.createdAt, version: 1,
  };
  let now = cast.createdAt;
  const event = (action: string, from: State | null, to: State, actor: StoryActor, comment: string | null = null) => {
    out.events.push({ id: uuid(), suggestionId: id, action, fromState: from, toState: to, actorId: actor.id, actorName: actor.name, comment, createdAt: now });
    out.audits.push({ id: uuid(), actorId: actor.id, actorName: actor.name, action, entityType: "Suggestion", entityId: id, congressPath: cast.congressPath, before: from ? { state: from, version: s.version - 1 } : null, after: { state: to }, requestId: "demo-seed", createdAt: now });
  };
  const move = (action: string, to: State, actor: StoryActor, comment: string | null = null, columns: Row = {}) => {
    const from = s.state;
    Object.assign(s, columns, { state: to, version: s.version + 1, updatedAt: now });
    event(action, from, to, actor, comment);
  };
  const units = [...(cast.leadUnit ? [{ ...cast.leadUnit, role: "LEAD" }] : []), ...(cast.coUnits ?? []).map((u) => ({ ...u, role: "CO" }))];
  const unitRows: Row[] = [];
  const latestReply = () => out.replies[out.replies.length - 1];

  for (const c of cast.coSigners ?? []) {
    out.coSigners.push({ suggestionId: id, membershipId: c.membershipId, status: c.status, respondedAt: c.status === "INVITED" ? null : new Date(now.getTime() + DAY_MS / 2), createdAt: now });
  }
  event("createSuggestion", null, "DRAFT", cast.lead.actor);

  for (const step of steps) {
    now = new Date(now.getTime() + step.after * DAY_MS);
    const leadUnitActor = cast.leadUnit?.actor ?? cast.staff;
    switch (step.do) {
      case "submit":
        move("submitSuggestion", "SUBMITTED", cast.lead.actor, null, { submittedAt: now });
        break;
      case "resubmit":
        move("resubmitSuggestion", "SUBMITTED", cast.lead.actor, null, { submittedAt: now, stateReason: null });
        break;
      case "return":
        move("returnSuggestion", "RETURNED", cast.staff, step.reason, { stateReason: step.reason });
        break;
      case "withdraw":
        move("withdrawSuggestion", "WITHDRAWN", cast.lead.actor, step.reason, { stateReason: step.reason, closedAt: now });
        break;
      case "letter":
        move("handleSuggestionAsLetter", "HANDLED_AS_LETTER", cast.staff, step.reason, { stateReason: step.reason, closedAt: now });
        break;
      case "accept": {
        // The sequence comes from numberInAcceptanceOrder, once every story is built.
        move("acceptSuggestion", "ACCEPTED", cast.staff, null, { year: chinaDay(now).getUTCFullYear(), acceptedAt: now });
        break;
      }
      case "decideMotion":
        move("decideMotion", s.state, cast.staff, step.note, { motionDecision: step.decision, motionDecisionNote: step.note });
        break;
      case "assign": {
        const today = chinaDay(now);
        for (const u of units) unitRows.push({ id: uuid(), suggestionId: id, unitId: u.id, role: u.role, assignedAt: now, endedAt: null, opinion: null, opinionAt: null });
        move("assignSuggestion", "ASSIGNED", cast.staff, null, { assignedAt: now, replyDueOn: addCalendarMonths(today, 3), reassignableUntil: addWorkingDays(today, 5) });
        break;
      }
      case "requestReassignment":
        out.reassignments.push({ id: uuid(), suggestionId: id, unitId: cast.leadUnit!.id, reason: step.reason, status: "PENDING", requestedById: leadUnitActor.id, createdAt: now });
        move("requestReassignment", s.state, leadUnitActor, step.reason);
        break;
      case "start":
        move("startHandlingSuggestion", "HANDLING", leadUnitActor);
        break;
      case "consult":
        out.consultations.push({ id: uuid(), suggestionId: id, unitId: cast.leadUnit!.id, heldOn: chinaDay(now), form: step.form, participants: step.participants, summary: step.summary, recordedById: leadUnitActor.id, createdAt: now });
        move("recordConsultation", s.state, leadUnitActor);
        break;
      case "waive":
        move("waiveConsultation", s.state, cast.staff, step.reason, { consultationWaiver: step.reason.slice(0, 500) });
        break;
      case "coOpinion": {
        const unit = cast.coUnits![step.unit];
        Object.assign(unitRows.find((u) => u.unitId === unit.id)!, { opinion: step.opinion, opinionAt: now });
        move("giveCoUnitOpinion", s.state, unit.actor);
        break;
      }
      case "reply": {
        const reply = { id: uuid(), suggestionId: id, unitId: cast.leadUnit!.id, round: out.replies.length + 1, class: step.class, body: step.body, signedBy: step.signedBy, repliedOn: chinaDay(now), createdById: leadUnitActor.id, createdAt: now };
        out.replies.push(reply);
        for (const c of step.commitments ?? []) {
          out.commitments.push({ id: uuid(), suggestionId: id, replyId: reply.id, description: c.description, dueOn: chinaDay(new Date(now.getTime() + c.dueInDays * DAY_MS)), status: "OPEN", doneAt: null, createdAt: now, updatedAt: now, version: 1 });
        }
        move("replyToSuggestion", "REPLIED", leadUnitActor, null, { repliedAt: now });
        break;
      }
      case "progress": {
        const commitment = out.commitments[step.commitment];
        out.progress.push({ id: uuid(), commitmentId: commitment.id, note: step.note, recordedById: leadUnitActor.id, createdAt: now });
        if (step.done && commitment.status !== "DONE") Object.assign(commitment, { status: "DONE", doneAt: now, updatedAt: now, version: 2 });
        move("recordCommitmentProgress", s.state, leadUnitActor, step.note);
        break;
      }
      case "evaluate": {
        out.evaluations.push(evaluation(uuid(), id, latestReply().id as string, "REPLY", cast.lead.membershipId, true, step.satisfaction, step.comment, now));
        const unsatisfied = step.satisfaction === "UNSATISFIED";
        const back = unsatisfied && s.rehandlingCount === 0;
        move("evaluateReply", back ? "REHANDLING" : "IMPLEMENTING", cast.lead.actor, step.comment ?? null, unsatisfied ? (back ? { rehandlingCount: 1 } : { disputed: true }) : {});
        break;
      }
      case "evaluateImplementation":
        out.evaluations.push(evaluation(uuid(), id, latestReply().id as string, "IMPLEMENTATION", cast.lead.membershipId, true, step.satisfaction, step.comment, now));
        move("evaluateImplementation", "CLOSED", cast.lead.actor, step.comment ?? null, { closedAt: now });
        break;
      case "coSignerEvaluation": {
        const coSigner = cast.coSigners![step.coSigner];
        out.evaluations.push(evaluation(uuid(), id, latestReply().id as string, s.state === "CLOSED" ? "IMPLEMENTATION" : "REPLY", coSigner.membershipId, false, step.satisfaction, step.comment, now));
        move("evaluateAsCoSigner", s.state, coSigner.actor, step.comment ?? null);
        break;
      }
    }
  }
  out.suggestion = s;
  out.units = unitRows;
  return out;
}

/** Numbers the accepted suggestions "<year>-<0001>" per congress, kind and year, in the order of acceptance (as the API does). */
export function numberInAcceptanceOrder(suggestions: Row[], first: (key: string) => number = () => 1): void {
  const accepted = suggestions.filter((s) => s.acceptedAt).sort((a, b) => (a.acceptedAt as Date).getTime() - (b.acceptedAt as Date).getTime());
  const next = new Map<string, number>();
  for (const s of accepted) {
    const key = `${String(s.congressId)}/${String(s.kind)}/${String(s.year)}`;
    const sequence = next.get(key) ?? first(key);
    next.set(key, sequence + 1);
    Object.assign(s, { sequence, number: `${String(s.year)}-${String(sequence).padStart(4, "0")}` });
  }
}

function evaluation(id: string, suggestionId: string, replyId: string, stage: string, membershipId: string, byLead: boolean, satisfaction: Satisfaction, comment: string | undefined, at: Date): Row {
  return { id, suggestionId, replyId, stage, membershipId, byLead, satisfaction, comment: comment ?? null, createdAt: at };
}
