// The schema index: imports every domain's types and builds the schema. Nothing else belongs here.
import { isObjectType, type GraphQLSchema } from "graphql";
import { builder } from "./builder";
import "./scalars";
import "./pagination";
import "../modules/regions/types";
import "../modules/regions/mutations";
import "../modules/congresses/types";
import "../modules/congresses/mutations";
import "../modules/terms/types";
import "../modules/handling-units/types";
import "../modules/accounts/types";
import "../modules/accounts/mutations";
import "../modules/api-keys/types";
import "../modules/audit/types";
import "../modules/deputies/types";
import "../modules/deputies/mutations";
import "../modules/deputies/lookups";
import "../modules/stations/types";
import "../modules/stations/lookups";
import "../modules/groups/types";
import "../modules/groups/lookups";
import "../modules/contacts/types";
import "../modules/accounts/link-types";
import "../modules/imports/types";
import "../modules/suggestions/mutations";
import "../modules/supervision/mutations";
import "../modules/files/types";
import "../modules/notifications/types";
import "../modules/disclosure/mutations";

let schema: GraphQLSchema | undefined;

/** The Prisma plugin adds `totalCount` to connections without a description; give it one. */
function describeTotalCounts(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (isObjectType(type) && type.name.endsWith("Connection")) {
      const field = type.getFields().totalCount;
      if (field && !field.description) field.description = "How many rows match, across all pages.";
    }
  }
  return built;
}

export function buildSchema(): GraphQLSchema {
  schema ??= describeTotalCounts(builder.toSchema({ sortSchema: true }));
  return schema;
}
