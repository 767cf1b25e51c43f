import { randomBytes } from "node:crypto";

// Crockford base32 without look-alike letters: easy to read aloud or type from a printed code.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A public code for a QR link: 16 characters, 80 random bits, unguessable. */
export function newPublicCode(): string {
  const bytes = randomBytes(16);
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte % 32];
  return code;
}
