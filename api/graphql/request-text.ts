// Text PostgreSQL cannot store faithfully, refused once for the whole request: a NUL character
// (text columns reject it) or a lone UTF-16 surrogate (stored as U+FFFD, silently changing the value).
import type { ApolloServerPlugin } from "@apollo/server";
import { visit, type ASTNode, type DocumentNode } from "graphql";
import { Errors } from "./errors";
import { msg } from "../lib/i18n";

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function problem(text: string): string | undefined {
  const match = UNSTORABLE.exec(text);
  if (!match) return undefined;
  return match[0] === "\u0000" ? "contains a NUL character (U+0000)" : "contains a lone UTF-16 surrogate, which is not a character";
}

/** The first string inside a JSON-like value that cannot be stored, with its dotted path. */
function findInValue(value: unknown, path: string): { field: string; message: string } | undefined {
  if (typeof value === "string") {
    const message = problem(value);
    return message ? { field: path, message } : undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    const message = problem(key);
    if (message) return { field: `${path}.${key}`, message: `the key ${message}` };
    const found = findInValue(item, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/** The first string literal of the document that cannot be stored, named by its argument path (`filter.search`). */
function findInDocument(document: DocumentNode): { field: string; message: string } | undefined {
  let found: { field: string; message: string } | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const message = problem(node.value);
      if (!message || found) return;
      const names = [...ancestors, parent]
        .filter((a): a is ASTNode => !!a && !Array.isArray(a) && typeof a === "object" && "kind" in a)
        .flatMap((a) => (a.kind === "Argument" || a.kind === "ObjectField" ? [a.name.value] : []));
      found = { field: names.join(".") || "query", message };
    },
  });
  return found;
}

export function refuseUnstorableText(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const found = findInValue(request.variables ?? {}, "variables") ?? findInDocument(document);
          if (!found) return;
          const error = Errors.badInput(msg(`${found.field} 含有无法保存的字符，请删除后重新发送。`, `\`${found.field}\` ${found.message}; remove it and send the text again.`), [{ field: found.field, message: msg("含有无法保存的字符", found.message) }]);
          error.extensions.http = { status: 400 };
          throw error;
        },
      };
    },
  };
}
