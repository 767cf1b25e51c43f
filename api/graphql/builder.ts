// The Pothos builder: plugins and configuration only. Domain types live in api/modules/*.
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type PrismaTypes from "../generated/pothos-types";
import { getDatamodel } from "../generated/pothos-types";
import type { Context } from "./context";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
    maxConnectionSize: 1000,
    defaultConnectionSize: 20,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { description: "Any object by its global id; objects outside your jurisdiction read as null." },
    nodesQueryOptions: { description: "Objects by their global ids, in order; each outside your jurisdiction reads as null." },
    nodeTypeOptions: { description: "An object with a global id." },
    pageInfoTypeOptions: { description: "Where a page stands in its list (Relay cursor pagination)." },
  },
});

builder.queryType({ description: "Reads. Lists are Relay connections with `totalCount`, filters and sorting." });
builder.mutationType({ description: "Writes. Each validates its input and runs in one transaction." });
