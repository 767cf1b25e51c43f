import { isObjectType, type GraphQLSchema } from "graphql";
import { requestTimeout } from "./refusals";
import type { ApiSettings } from "./settings";

const DEADLINE = Symbol("request deadline");

interface WithDeadline {
  [DEADLINE]?: { at: number; settings: ApiSettings; expired: boolean };
}

/** Starts the clock for one query's execution (mutations run to the end of their transaction). */
export function setDeadline(context: object, settings: ApiSettings): void {
  (context as WithDeadline)[DEADLINE] = { at: Date.now() + settings.timeoutMs, settings, expired: false };
}

export function deadlineExpired(context: object): boolean {
  return (context as WithDeadline)[DEADLINE]?.expired ?? false;
}

/**
 * Makes every resolver refuse to start once its request's deadline has passed, so a slow query stops
 * at its next field instead of loading the rest. graphql-js has no cancellation of its own; a database
 * statement already running is bounded by the database's statement timeout.
 */
export function enforceDeadlines(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: WithDeadline, info) => {
        const deadline = context?.[DEADLINE];
        if (deadline && (deadline.expired || Date.now() > deadline.at)) {
          deadline.expired = true;
          throw requestTimeout(deadline.settings);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
