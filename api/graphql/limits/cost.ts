import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** Rows assumed for a connection asked for without `first`/`last` (the builder's default page). */
export const DEFAULT_PAGE_SIZE = 20;
/** Rows assumed for a plain list (a congress's terms, a station's deputies): they carry no page size. */
export const ASSUMED_LIST_SIZE = 10;

type Variables = Record<string, unknown> | undefined;

/**
 * The rows a query may touch: every field costs 1, and a list multiplies the cost of what it selects
 * by its size (`first`/`last`, the number of `ids`, else the defaults above). So 1,000 aliases of
 * `deputies(first: 1000) { edges { node { id } } }` cost about 3 million, one page of 25 deputies a few hundred.
 * Each fragment is costed once and reused at every spread.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const costed = new Map<string, number>();

  const fragmentCost = (name: string): number => {
    const known = costed.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) return 0;
    costed.set(name, 0); // guards a cycle; validation has refused those before this runs
    const cost = setCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    costed.set(name, cost);
    return cost;
  };

  const setCost = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) cost += fragmentCost(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += setCost(selection.selectionSet, type);
      } else {
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        const children = selection.selectionSet && field ? setCost(selection.selectionSet, getNamedType(field.type)) : 0;
        cost += 1 + (field ? listSize(field, selection, parent!, variables) : 1) * children;
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return setCost(operation.selectionSet, root);
}

function listSize(field: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLNamedType, variables: Variables): number {
  const argument = (name: string): unknown => {
    const given = node.arguments?.find((a) => a.name.value === name);
    return given ? valueFromASTUntyped(given.value, variables) : undefined;
  };
  const paged = field.args.some((a) => a.name === "first" || a.name === "last");
  if (paged) {
    const size = argument("first") ?? argument("last");
    return typeof size === "number" && size >= 0 ? size : DEFAULT_PAGE_SIZE;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  const ids = argument("ids");
  if (Array.isArray(ids)) return ids.length;
  // A connection's edges are the page its field already counted.
  if (parent.name.endsWith("Connection") && field.name === "edges") return 1;
  return ASSUMED_LIST_SIZE;
}
