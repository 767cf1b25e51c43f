import type { GraphQLSchema } from "graphql";
import { isInterfaceType, isObjectType } from "graphql";
import { applyMiddleware, type IMiddlewareFieldMap } from "graphql-middleware";
import { allow, deny, shield } from "graphql-shield";
import type { IRules } from "graphql-shield";

/** A shield rule or logic rule (`allow`, `deny`, `rule(...)`, `and(...)`…). */
type ShieldRule = object;
import { accountRules } from "../modules/accounts/rules";
import { apiKeyRules } from "../modules/api-keys/rules";
import { auditRules } from "../modules/audit/rules";
import { congressRules } from "../modules/congresses/rules";
import { contactRules } from "../modules/contacts/rules";
import { deputyRules } from "../modules/deputies/rules";
import { groupRules } from "../modules/groups/rules";
import { stationRules } from "../modules/stations/rules";
import { suggestionRules } from "../modules/suggestions/rules";
import { supervisionRules } from "../modules/supervision/rules";
import { handlingUnitRules } from "../modules/handling-units/rules";
import { importRules } from "../modules/imports/rules";
import { regionRules } from "../modules/regions/rules";
import { termRules } from "../modules/terms/rules";
import { fileRules } from "../modules/files/rules";
import { notificationRules } from "../modules/notifications/rules";
import { disclosureRules } from "../modules/disclosure/rules";
import { fields, publicRead } from "../auth/rules";
import { Errors } from "./errors";

type RuleTree = Record<string, Record<string, ShieldRule>>;

/** Fields every schema has (Relay plumbing). */
const relayRules: RuleTree = {
  Query: { node: publicRead, nodes: publicRead },
  PageInfo: fields("hasNextPage", "hasPreviousPage", "startCursor", "endCursor"),
  Node: fields("id"),
};

function merge(...trees: RuleTree[]): RuleTree {
  const out: RuleTree = {};
  for (const tree of trees) {
    for (const [type, rules] of Object.entries(tree)) {
      for (const [field, r] of Object.entries(rules)) {
        if (out[type]?.[field]) throw new Error(`Two permission rules for ${type}.${field}`);
        (out[type] ??= {})[field] = r;
      }
    }
  }
  return out;
}

/** The complete rule tree: every field of the schema, `allow` included. */
export const ruleTree: RuleTree = merge(
  relayRules,
  regionRules,
  congressRules,
  termRules,
  handlingUnitRules,
  accountRules,
  apiKeyRules,
  auditRules,
  deputyRules,
  stationRules,
  groupRules,
  contactRules,
  importRules,
  suggestionRules,
  supervisionRules,
  fileRules,
  notificationRules,
  disclosureRules,
);

/** Fields of the schema that the rule tree does not declare (the coverage test wants none). */
export function undeclaredFields(schema: GraphQLSchema, tree: RuleTree = ruleTree): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.keys(type.getFields())) if (!tree[type.name]?.[field]) missing.push(`${type.name}.${field}`);
  }
  return missing;
}

/**
 * Wraps with shield only the fields whose rule is not `allow` (plus `deny` for any undeclared field):
 * wrapping every field, as shield does by default, was measured 5–8× slower on large lists.
 */
export function applyPermissions(schema: GraphQLSchema, tree: RuleTree = ruleTree): GraphQLSchema {
  const runtime: RuleTree = {};
  for (const [type, rules] of Object.entries(tree)) {
    for (const [field, r] of Object.entries(rules)) if (r !== allow) (runtime[type] ??= {})[field] = r;
  }
  for (const name of undeclaredFields(schema, tree)) {
    const [type, field] = name.split(".");
    (runtime[type] ??= {})[field] = deny;
  }
  const generator = shield(runtime as IRules, {
    fallbackRule: allow,
    allowExternalErrors: true,
    fallbackError: () => Errors.forbidden(),
  });
  const generated = generator.generate(schema) as Record<string, IMiddlewareFieldMap>;
  const map: Record<string, IMiddlewareFieldMap> = {};
  for (const [type, rules] of Object.entries(runtime)) {
    for (const field of Object.keys(rules)) {
      const middleware = (generated[type] as Record<string, unknown> | undefined)?.[field];
      if (middleware) (map[type] ??= {})[field] = middleware as never;
    }
  }
  return applyMiddleware(schema, map);
}
