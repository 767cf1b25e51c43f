// Global ids from a client: decoded once, here, and refused as the
// caller's mistake (BAD_USER_INPUT) before any of them reaches PostgreSQL.
import { GraphQLError } from "graphql";

/** Every model's primary key is a UUID (prisma/schema.prisma). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const TYPE_NAME = /^[A-Z][A-Za-z]*$/;

export const isUuid = (value: string) => UUID.test(value);

/** A global id or cursor the API never issued; `value` is what the caller sent, to find the argument holding it. */
export class InvalidReferenceError extends GraphQLError {
  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(reason, { extensions: { code: "BAD_USER_INPUT" } });
  }
}

const decodeBase64Text = (value: string) => (BASE64.test(value) ? Buffer.from(value, "base64").toString("utf8") : undefined);

/**
 * Decodes `Type:uuid` (base64); with `expected`, the type must be one of them. The relay plugin
 * calls it for every `ID` argument (builder option `decodeGlobalID`) and checks `for:` types itself.
 */
export function decodeGlobalId(raw: string, expected?: readonly string[]): { typename: string; id: string } {
  const text = decodeBase64Text(raw);
  const colon = text?.indexOf(":") ?? -1;
  const typename = text?.slice(0, colon) ?? "";
  const id = text?.slice(colon + 1) ?? "";
  if (colon < 1 || !TYPE_NAME.test(typename) || !isUuid(id)) {
    throw new InvalidReferenceError(raw, `${JSON.stringify(raw.slice(0, 80))} is not an id this API issued; send an \`id\` exactly as the API returned it.`);
  }
  if (expected && !expected.includes(typename)) {
    throw new InvalidReferenceError(raw, `This is the id of a ${typename}; a ${expected.join(" or ")} id is expected here.`);
  }
  return { typename, id };
}
