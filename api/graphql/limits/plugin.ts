import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type GraphQLError, type ValidationRule } from "graphql";
import type { Context } from "../context";
import { queryCost } from "./cost";
import { deadlineExpired, setDeadline } from "./deadline";
import { costRefusal, documentRefusal, publicExtensions, requestTimeout, responseTooLarge, trustedDocumentRequired } from "./refusals";
import type { ApiSettings } from "./settings";
import type { TrustedDocuments } from "./trusted-documents";

/** Stand-in documents that carry a refusal into validation (see `queryLimitsPlugin`). */
const refusals = new WeakMap<DocumentNode, GraphQLError>();

/** Reports the refusal a stand-in document carries; listed in Apollo's `validationRules`. */
export const reportRefusal: ValidationRule = (context) => {
  const refusal = refusals.get(context.getDocument());
  if (refusal) context.reportError(refusal);
  return {};
};

function mayRunOwnDocuments(context: Context, settings: ApiSettings): boolean {
  const { viewer } = context;
  if (settings.trustedDocuments === "off" || viewer.apiKey) return true;
  return settings.trustedDocuments === "anonymous" && viewer.userId !== null;
}

/**
 * Query limits, enforced inside Apollo so every path (HTTP, `executeOperation`) gets them.
 *
 * The document's shape is measured at `validationDidStart`, after parsing (bounded by `maxTokens`) and
 * before graphql-js validation, which runs our rules in one visitor with its own and cannot be stopped
 * by a rule reporting an error. An error thrown from this hook would escape Apollo's pipeline as a 500,
 * so a document over a limit is swapped for an empty stand-in, whose only validation error is the
 * refusal: the caller gets HTTP 400 and the expensive document is never validated nor cached.
 * Cost depends on variables and cached documents skip validation, so it is checked at
 * `didResolveOperation`, the hook whose errors Apollo answers cleanly.
 */
export function queryLimitsPlugin(settings: ApiSettings, trusted: TrustedDocuments): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async validationDidStart(request) {
          const refusal = documentRefusal(request.document, settings);
          if (!refusal) return;
          const standIn: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };
          refusals.set(standIn, refusal);
          (request as { document: DocumentNode }).document = standIn;
        },
        async didResolveOperation(request) {
          if (!mayRunOwnDocuments(request.contextValue, settings) && !trusted.trusts(request.document)) throw trustedDocumentRequired();
          if (!request.operation) return; // Apollo answers a missing operation itself
          const refusal = costRefusal(queryCost(request.schema, request.document, request.operation, request.request.variables), settings);
          if (refusal) throw refusal;
        },
        async executionDidStart(request) {
          if (request.operation.operation === "query") setDeadline(request.contextValue, settings);
        },
        async willSendResponse(request) {
          // Lets a client (and the limits' tests) see how long the server spent, apart from the network.
          request.response.http.headers.set("server-timing", `graphql;dur=${(performance.now() - started).toFixed(1)}`);
          const { body } = request.response;
          if (body.kind !== "single" || request.operation?.operation !== "query") return;
          const replace = (error: GraphQLError, status: number) => {
            body.singleResult = { errors: [{ message: error.message, extensions: publicExtensions(error) }] };
            request.response.http.status = status;
          };
          if (deadlineExpired(request.contextValue)) return replace(requestTimeout(settings), 503);
          // Serialising twice costs a few ms on the largest page; cheaper than a streaming counter here.
          const bytes = Buffer.byteLength(JSON.stringify(body.singleResult));
          if (bytes > settings.maxResponseBytes) replace(responseTooLarge(bytes, settings), 400);
        },
      };
    },
  };
}
