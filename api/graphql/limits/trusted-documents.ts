import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode } from "graphql";

export const OPERATIONS_DIR = path.resolve(__dirname, "..", "..", "..", "schema", "operations");

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The published operations (schema/operations/*.graphql, the console's sign-in operations among them):
 * callers that may not send their own documents send one of these, by text or by sha256 hash.
 */
export class TrustedDocuments {
  /** Each operation and fragment, printed canonically: a document made only of these is trusted. */
  private readonly definitions = new Set<string>();
  /** Hash → text, for persisted-query requests that send only the hash. */
  private readonly byHash = new Map<string, string>();

  static fromDirectory(dir = OPERATIONS_DIR): TrustedDocuments {
    const texts = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".graphql"))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    return new TrustedDocuments(texts);
  }

  constructor(texts: string[]) {
    for (const text of texts) {
      const document = parse(text);
      this.byHash.set(sha256(text), text);
      for (const definition of document.definitions) this.definitions.add(print(definition));
      for (const standalone of standaloneOperations(document)) this.byHash.set(sha256(standalone), standalone);
    }
  }

  /** Whether every definition of the document is a published one (whitespace and order do not matter). */
  trusts(document: DocumentNode): boolean {
    return document.definitions.every((definition) => this.definitions.has(print(definition)));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** A read-only persisted-query store: Apollo's `set` (a client registering its own document) is ignored. */
  asPersistedQueryCache(): KeyValueCache<string> {
    return {
      // Apollo prefixes the keys it asks for ("apq:<hash>").
      get: async (key) => this.byHash.get(key.slice(key.lastIndexOf(":") + 1)),
      set: async () => undefined,
      delete: async () => false,
    };
  }
}

/** Each operation with the fragments it uses, as a client generated from the file would send it alone. */
function standaloneOperations(document: DocumentNode): string[] {
  const fragments = new Map<string, DefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return document.definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Map<string, DefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(spread.name.value)) {
              used.set(spread.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(operation);
      return print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] });
    });
}
