/**
 * The text of an uploaded CSV file, whatever Excel or WPS saved it as: UTF-8 (with or without a
 * byte order mark), UTF-16 with a byte order mark ("Unicode text"), or else GB18030, a superset of
 * the GBK that a plain "CSV" save writes on Chinese Windows.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // GBK text is almost never valid UTF-8: Chinese characters take two bytes there, three in UTF-8.
    return new TextDecoder("gb18030").decode(bytes);
  }
}
