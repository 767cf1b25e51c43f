// A table-driven state machine for records with a `state` and a `version`: each transition names the
// states it leaves, the state it reaches, who may take it (relationships of the actor to the record),
// its input and its guard. `apply` runs one in a single transaction; `actionsFor` answers which
// transitions a viewer may take now from the same table.
import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { inTransaction } from "../db/prisma-errors";
import { Errors } from "../graphql/errors";
import { parseInput } from "../graphql/validate";
import { recordAudit, type Actor } from "../modules/audit/record";
import { msg } from "./i18n";

type Tx = Prisma.TransactionClient;

export interface Stateful<S extends string> {
  id: string;
  state: S;
  version: number;
}

/** What a transition's guard and effect see. */
export interface StepContext<R, I> {
  tx: Tx;
  actor: Actor;
  record: R;
  input: I;
  now: Date;
}

export interface Transition<S extends string, R extends Stateful<S>, Rel extends string, N, I = unknown> {
  action: string;
  from: readonly S[];
  /** The state reached; a function when it depends on the record or the input (run after the guard). */
  to: S | ((step: StepContext<R, I>) => S | Promise<S>);
  /** The relationships (role or tie to the record) of which the actor needs one. */
  who: readonly Rel[];
  input: z.ZodType<I>;
  /** Refuses with an error when the record or the input does not allow the step. */
  guard?: (step: StepContext<R, I>) => Promise<void> | void;
  /** Writes the step's own rows; returns further columns of the record to set with the state. */
  effect?: (step: StepContext<R, I>) => Promise<object | void> | object | void;
  /** The comment of the event (a reason, a decision note). */
  comment?: (input: I) => string | null | undefined;
  /** Who hears of it. */
  notice?: N;
}

/** Anything that is a transition of the machine, whatever its input type. */
export type AnyTransition<S extends string, R extends Stateful<S>, Rel extends string, N> = Transition<S, R, Rel, N, any>;

export interface StepRecord<S extends string, R> {
  record: R;
  action: string;
  from: S;
  to: S;
  comment: string | null;
}

export interface MachineSpec<S extends string, R extends Stateful<S>, Rel extends string, N> {
  /** Names the record in messages and audit events, e.g. "Suggestion". */
  entity: string;
  label: Readonly<{ zh: string; en: string }>;
  /** Chinese names of the states and relationships, for messages (English uses the codes). */
  names?: { states: Readonly<Record<S, string>>; relations: Readonly<Record<Rel, string>> };
  transitions: readonly AnyTransition<S, R, Rel, N>[];
  /** Locks the row (SELECT … FOR UPDATE) and loads it with what relationships need; null when missing or unreadable to the actor. */
  lockAndLoad(tx: Tx, actor: Actor, id: string): Promise<R | null>;
  relationsOf(actor: Actor, record: R, tx?: Tx): Promise<ReadonlySet<Rel>> | ReadonlySet<Rel>;
  /** Compare-and-set: updates the row only at `version`; answers how many rows changed. */
  update(tx: Tx, id: string, version: number, data: object): Promise<number>;
  /** Writes the step into the record's own timeline. */
  recordStep(tx: Tx, actor: Actor, step: StepRecord<S, R>): Promise<void>;
  auditPath(record: R): string | null;
  announce(tx: Tx, step: StepRecord<S, R>, notice: N): Promise<void>;
}

export class StateMachine<S extends string, R extends Stateful<S>, Rel extends string, N> {
  private readonly byAction: Map<string, AnyTransition<S, R, Rel, N>>;

  constructor(readonly spec: MachineSpec<S, R, Rel, N>) {
    this.byAction = new Map(spec.transitions.map((t) => [t.action, t]));
  }

  get actions(): string[] {
    return [...this.byAction.keys()];
  }

  transition(action: string): AnyTransition<S, R, Rel, N> | undefined {
    return this.byAction.get(action);
  }

  /** The actions the relationships allow from the record's state (guards are not run: they may need input). */
  actionsFor(state: S, relations: ReadonlySet<Rel>): string[] {
    return this.spec.transitions.filter((t) => t.from.includes(state) && t.who.some((r) => relations.has(r))).map((t) => t.action);
  }

  /**
   * Takes one step: lock, match the transition, check who, the version, the input and the guard,
   * compare-and-set state and version with the effect's columns, then the event, the audit row and
   * the notices, all in one transaction. Version comes after who: a stranger learns nothing from it.
   */
  async apply(actor: Actor, id: string, action: string, rawInput: unknown, expectedVersion: number): Promise<R> {
    const { spec } = this;
    const transition = this.byAction.get(action);
    if (!transition) throw Errors.badInput(msg(`未知操作 ${action}。`, `Unknown action ${action}.`), [{ field: "action", message: "unknown" }]);
    return inTransaction(actor.prisma, spec.label.en, async (tx: Tx) => {
      const record = await spec.lockAndLoad(tx, actor, id);
      if (!record) throw Errors.notFound(spec.entity, id);
      const relations = await spec.relationsOf(actor, record, tx);
      if (!transition.from.includes(record.state)) {
        const possible = this.actionsFor(record.state, relations);
        const list = possible.length ? possible.join(", ") : "—";
        const state = spec.names?.states[record.state] ?? record.state;
        throw Errors.invalidTransition(
          msg(
            `${spec.label.zh}当前为“${state}”，不能执行 ${action}；你现在可执行：${possible.length ? possible.join("、") : "无"}。`,
            `${spec.label.en} is ${record.state}: ${action} is not possible from this state. Actions you may take now: ${list}.`,
          ),
        );
      }
      if (!transition.who.some((r) => relations.has(r))) {
        throw Errors.forbidden(
          msg(`只有${transition.who.map((r) => spec.names?.relations[r] ?? r).join("、")}可以执行 ${action}。`, `Only ${transition.who.join(" or ")} may ${action} this ${spec.label.en.toLowerCase()}.`),
        );
      }
      if (record.version !== expectedVersion) throw Errors.staleVersion(spec.label.en);
      const input = parseInput(transition.input, rawInput ?? {});
      const now = new Date();
      const step = { tx, actor, record, input, now };
      await transition.guard?.(step);
      const to = typeof transition.to === "function" ? await transition.to(step) : transition.to;
      const columns = (await transition.effect?.(step)) ?? {};
      const changed = await spec.update(tx, id, expectedVersion, { ...columns, state: to });
      if (changed === 0) throw Errors.staleVersion(spec.label.en);
      const stepRecord: StepRecord<S, R> = { record, action, from: record.state, to, comment: transition.comment?.(input) ?? null };
      await spec.recordStep(tx, actor, stepRecord);
      await recordAudit(tx, actor, { action, entityType: spec.entity, entityId: id, congressPath: spec.auditPath(record), before: { state: record.state, version: record.version }, after: { state: to, ...columns, input } });
      if (transition.notice) await spec.announce(tx, stepRecord, transition.notice);
      return record;
    });
  }
}
