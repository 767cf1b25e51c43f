import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** What a document asks for once every fragment spread is expanded in place. */
export interface DocumentShape {
  /** Fields selected, counting each fragment once per spread. */
  selections: number;
  /** Deepest nesting of fields (introspection subtrees left out: graphql-js bounds those itself). */
  depth: number;
  aliases: number;
  directives: number;
  /** A fragment that spreads itself, directly or not: graphql-js refuses it, and nothing here can expand it. */
  cycle?: string;
}

type SetShape = Omit<DocumentShape, "cycle">;

const EMPTY: SetShape = { selections: 0, depth: 0, aliases: 0, directives: 0 };

/**
 * Measures a parsed document in time linear in its size: each fragment is measured once and its
 * figures are reused at every spread, so a fragment that spreads the next one twice, 22 times over,
 * costs 22 steps here while its expansion holds 2^22 fields. Runs before graphql-js validation.
 */
export function measureDocument(document: DocumentNode): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, SetShape>();
  const measuring = new Set<string>();
  let cycle: string | undefined;

  const fragmentShape = (name: string): SetShape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (measuring.has(name)) cycle ??= name;
    // Unknown fragments count as empty here; graphql-js validation reports them.
    if (!fragment || measuring.has(name)) return EMPTY;
    measuring.add(name);
    const shape = measureSet(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, shape);
    return shape;
  };

  const measureSet = (set: SelectionSetNode): SetShape => {
    const shape: SetShape = { ...EMPTY };
    const absorb = (inner: SetShape, directives: number) => {
      shape.selections += inner.selections;
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.aliases += inner.aliases;
      shape.directives += inner.directives + directives;
    };
    for (const selection of set.selections) {
      const directives = selection.directives?.length ?? 0;
      if (selection.kind === Kind.FRAGMENT_SPREAD) absorb(fragmentShape(selection.name.value), directives);
      else if (selection.kind === Kind.INLINE_FRAGMENT) absorb(measureSet(selection.selectionSet), directives);
      else {
        const child = selection.selectionSet ? measureSet(selection.selectionSet) : EMPTY;
        const introspection = selection.name.value.startsWith("__");
        shape.selections += 1 + child.selections;
        shape.depth = Math.max(shape.depth, introspection ? 1 : 1 + child.depth);
        shape.aliases += (selection.alias ? 1 : 0) + child.aliases;
        shape.directives += directives + child.directives;
      }
    }
    return shape;
  };

  // graphql-js validates every definition, used or not, so every one is measured; the largest counts.
  const total: DocumentShape = { ...EMPTY };
  for (const definition of document.definitions) {
    let shape: SetShape;
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      shape = measureSet(definition.selectionSet);
      shape.directives += definition.directives?.length ?? 0;
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) shape = fragmentShape(definition.name.value);
    else continue;
    total.selections = Math.max(total.selections, shape.selections);
    total.depth = Math.max(total.depth, shape.depth);
    total.aliases = Math.max(total.aliases, shape.aliases);
    total.directives = Math.max(total.directives, shape.directives);
  }
  return { ...total, cycle };
}
