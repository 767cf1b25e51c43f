// The schema index: imports every domain's types and builds the schema. Nothing else belongs here.
import type { GraphQLSchema } from "graphql";
import { builder } from "./builder";
import "./scalars";
import "./pagination";
import "../modules/regions/types";
import "../modules/regions/mutations";
import "../modules/congresses/types";
import "../modules/congresses/mutations";
import "../modules/terms/types";
import "../modules/handling-units/types";

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}
