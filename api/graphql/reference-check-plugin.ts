// A Pothos plugin that checks every global id in a field's arguments before the
// relay plugin decodes them, so a bad one is refused with the path of the argument that held it.
import SchemaBuilder, {
  BasePlugin,
  mapInputFields,
  type InputFieldsMapping,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from "@pothos/core";
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { Errors } from "./errors";
import { decodeGlobalId, InvalidReferenceError } from "./global-id";
import { msg } from "../lib/i18n";

const PLUGIN = "referenceCheck";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      referenceCheck: ReferenceCheckPlugin<Types>;
    }
  }
}

/** For an ID argument: the types its `for:` names, or `true` for any node type. */
type Expected = readonly string[] | true;
type IdMappings = InputFieldsMapping<SchemaTypes, Expected>;

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node");
}

function checkId(raw: unknown, expected: Expected, field: string, schema: GraphQLSchema): void {
  if (typeof raw !== "string") return;
  try {
    const { typename } = decodeGlobalId(raw, expected === true ? undefined : expected);
    if (!isNodeType(schema, typename)) throw new InvalidReferenceError(raw, `${typename} is not a kind of object this API has.`);
  } catch (error) {
    if (!(error instanceof InvalidReferenceError)) throw error;
    throw Errors.badInput(msg(`${field} 的编号无效，请原样发送 API 返回的编号。`, `Check \`${field}\`: ${error.message}`), [{ field, message: msg("编号无效", error.message) }]);
  }
}

/** Calls `visit` on each item of a value nested `depth` lists deep, with its dotted path. */
function eachItem(value: unknown, depth: number, path: string, visit: (item: unknown, path: string) => void): void {
  if (value == null) return;
  if (depth === 0) return visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => eachItem(item, depth - 1, `${path}.${index}`, visit));
}

function checkIds(args: Record<string, unknown>, mappings: IdMappings, prefix: string, schema: GraphQLSchema): void {
  for (const [name, mapping] of mappings) {
    eachItem(args[name], mapping.listDepth, prefix + name, (item, path) => {
      if (mapping.kind !== "InputObject") return checkId(item, mapping.value, path, schema);
      if (mapping.fields.map && typeof item === "object") checkIds(item as Record<string, unknown>, mapping.fields.map, `${path}.`, schema);
    });
  }
}

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;

export class ReferenceCheckPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  private readonly mappingCache = new Map();

  override wrapArgMappers(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    const ids = mapInputFields(
      fieldConfig.args,
      this.buildCache,
      (input): Expected | null => {
        const extensions = input.extensions as { isRelayGlobalID?: boolean; relayGlobalIDFor?: { typename: string }[] | null } | undefined;
        if (!extensions?.isRelayGlobalID) return null;
        return extensions.relayGlobalIDFor?.map((t) => t.typename) ?? true;
      },
      this.mappingCache,
    ) as IdMappings | null;
    // Cursors are checked by the list helper that issued them (api/graphql/cursors.ts).
    if (!ids) return resolver;
    return (parent, args, context, info) => {
      checkIds(args as Record<string, unknown>, ids, "", info.schema);
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin(PLUGIN, ReferenceCheckPlugin);

export default PLUGIN;
