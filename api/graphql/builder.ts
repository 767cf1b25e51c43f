// The Pothos builder: plugins and configuration only. Domain types live in api/modules/*.
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type PrismaTypes from "../generated/pothos-types";
import { getDatamodel } from "../generated/pothos-types";
import type { Context } from "./context";
import { Errors } from "./errors";
import { decodeGlobalId } from "./global-id";
import ReferenceCheckPlugin from "./reference-check-plugin";
import { msg } from "../lib/i18n";

const MAX_NODES = 100;

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
  plugins: [ReferenceCheckPlugin, PrismaPlugin, RelayPlugin],
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
    decodeGlobalID: (raw) => decodeGlobalId(raw),
    nodeTypeOptions: { description: "An object with a global id." },
    pageInfoTypeOptions: { description: "Where a page stands in its list (Relay cursor pagination)." },
    nodeQueryOptions: {
      description: "Any object by its global id; null when it does not exist or is outside your jurisdiction.",
      args: { id: { description: "A global id, as returned in any `id` field." } },
    },
    nodesQueryOptions: {
      description: "Objects by their global ids, in order; each missing or out-of-jurisdiction one reads as null.",
      args: { ids: { description: `Global ids, at most ${MAX_NODES}.` } },
      resolve: (_root, args, _ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODES) {
          throw Errors.badInput(msg(`一次最多查询 ${MAX_NODES} 个编号，请分批查询。`, `Ask for at most ${MAX_NODES} ids at once; split the request.`), [
            { field: "ids", message: msg(`给出了 ${args.ids.length} 个编号`, `${args.ids.length} ids given`) },
          ]);
        }
        return resolveNodes(args.ids);
      },
    },
    idFieldOptions: { description: "Global id: opaque, stable, and accepted by `node(id:)`." },
    firstArgOptions: { description: "Page size from the start (or from `after`); at most MAX_PAGE_SIZE (1000 by default), default 20." },
    lastArgOptions: { description: "Page size from the end (or from `before`); at most MAX_PAGE_SIZE (1000 by default)." },
    afterArgOptions: { description: "Start after this cursor (a previous page's `endCursor`)." },
    beforeArgOptions: { description: "End before this cursor (a previous page's `startCursor`)." },
    cursorFieldOptions: { description: "Opaque cursor of this row, for `after`/`before`." },
    nodeFieldOptions: { description: "The row." },
    edgesFieldOptions: { description: "The rows of this page, each with its cursor." },
    pageInfoFieldOptions: { description: "Cursors and whether more pages exist." },
    hasNextPageFieldOptions: { description: "Whether rows follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether rows precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first row of the page." },
    endCursorFieldOptions: { description: "Cursor of the last row of the page." },
    defaultConnectionTypeOptions: { description: "A page of rows (Relay connection) with the total count." },
    defaultEdgeTypeOptions: { description: "A row in a page, with its cursor." },
  },
});

builder.queryType({ description: "Reads. Lists are Relay connections with `totalCount`, filters and sorting." });
builder.mutationType({ description: "Writes. Each validates its input and runs in one transaction." });
