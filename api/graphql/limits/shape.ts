import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** What a document asks for once every fragment spread is expanded in place. */
export interface DocumentShape {
  /** Fields selected, counting each fragment once per spread. */
  selections: number;
  /** Deepest nesting of fields (introspection subtrees left out: graphql-js bounds those itself). */
  depth: number;
  aliases: number;
  directives: number;
  /** Most fields sharing one response name in one selection set: graphql-js compares those pairwise. */
  repeatedFields: number;
}

interface SetShape extends DocumentShape {
  /** Fields of this selection set by response name, fragments merged in. */
  names: Map<string, number>;
}

const EMPTY: SetShape = { selections: 0, depth: 0, aliases: 0, directives: 0, repeatedFields: 0, names: new Map() };

/**
 * Measures a parsed document in time linear in its size: each fragment is measured once and its
 * figures are reused at every spread, so a fragment that spreads the next one twice, 22 times over,
 * costs 22 steps here while its expansion holds 2^22 fields. Runs before graphql-js validation,
 * whose overlapping-fields rule is quadratic in repeated fields.
 */
export function measureDocument(document: DocumentNode): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, SetShape>();
  const measuring = new Set<string>();

  const fragmentShape = (name: string): SetShape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown and cyclic spreads count as empty here; graphql-js validation reports them.
    if (!fragment || measuring.has(name)) return EMPTY;
    measuring.add(name);
    const shape = measureSet(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, shape);
    return shape;
  };

  const measureSet = (set: SelectionSetNode): SetShape => {
    const shape: SetShape = { ...EMPTY, names: new Map() };
    const absorb = (inner: SetShape, directives: number) => {
      shape.selections += inner.selections;
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.aliases += inner.aliases;
      shape.directives += inner.directives + directives;
      shape.repeatedFields = Math.max(shape.repeatedFields, inner.repeatedFields);
      for (const [name, count] of inner.names) shape.names.set(name, (shape.names.get(name) ?? 0) + count);
    };
    for (const selection of set.selections) {
      const directives = selection.directives?.length ?? 0;
      if (selection.kind === Kind.FRAGMENT_SPREAD) absorb(fragmentShape(selection.name.value), directives);
      else if (selection.kind === Kind.INLINE_FRAGMENT) absorb(measureSet(selection.selectionSet), directives);
      else {
        const child = selection.selectionSet ? measureSet(selection.selectionSet) : EMPTY;
        const introspection = selection.name.value.startsWith("__");
        const responseName = selection.alias?.value ?? selection.name.value;
        shape.names.set(responseName, (shape.names.get(responseName) ?? 0) + 1);
        shape.selections += 1 + child.selections;
        shape.depth = Math.max(shape.depth, introspection ? 1 : 1 + child.depth);
        shape.aliases += (selection.alias ? 1 : 0) + child.aliases;
        shape.directives += directives + child.directives;
        shape.repeatedFields = Math.max(shape.repeatedFields, child.repeatedFields);
      }
    }
    for (const count of shape.names.values()) shape.repeatedFields = Math.max(shape.repeatedFields, count);
    return shape;
  };

  // graphql-js validates every definition, used or not, so every one is measured; the largest counts.
  const total: DocumentShape = { selections: 0, depth: 0, aliases: 0, directives: 0, repeatedFields: 0 };
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
    total.repeatedFields = Math.max(total.repeatedFields, shape.repeatedFields);
  }
  return total;
}
