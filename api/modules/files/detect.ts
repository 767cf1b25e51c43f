// What a file is, from its bytes alone: the name and the client's Content-Type are never believed.
import { msg, type Localized } from "../../lib/i18n";

export const MEDIA_TYPES = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
} as const;

export const ACCEPTED_TYPES: Localized = msg(
  "只接受 PDF、图片（PNG、JPEG、GIF、WebP）和 Office 文档（Word、Excel、PowerPoint）。",
  "Only PDF, images (PNG, JPEG, GIF, WebP) and Office documents (Word, Excel, PowerPoint) are accepted.",
);

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Buffer, text: string, at = 0) => bytes.subarray(at, at + text.length).toString("latin1") === text;

/** The media type of `bytes` (the whole file), or null when it is none of the accepted kinds. */
export function detectMediaType(bytes: Buffer): string | null {
  if (ascii(bytes, "%PDF-")) return MEDIA_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MEDIA_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return MEDIA_TYPES.jpeg;
  if (ascii(bytes, "GIF87a") || ascii(bytes, "GIF89a")) return MEDIA_TYPES.gif;
  if (ascii(bytes, "RIFF") && ascii(bytes, "WEBP", 8)) return MEDIA_TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeOpenXmlType(zipEntryNames(bytes));
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundDocumentType(bytes);
  return null;
}

function officeOpenXmlType(names: string[] | null): string | null {
  if (!names?.includes("[Content_Types].xml")) return null;
  if (names.some((n) => n.startsWith("word/"))) return MEDIA_TYPES.docx;
  if (names.some((n) => n.startsWith("xl/"))) return MEDIA_TYPES.xlsx;
  if (names.some((n) => n.startsWith("ppt/"))) return MEDIA_TYPES.pptx;
  return null;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/** Entry names from a zip's central directory; null when it cannot be read (truncated or not a zip). */
export function zipEntryNames(zip: Buffer): string[] | null {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const searchFrom = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let i = zip.length - 22; i >= searchFrom; i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString("utf8"));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

const utf16 = (name: string) => Buffer.from(name, "utf16le");

/** A legacy Office file (OLE2 compound document) is Word or Excel by the streams its directory names. */
function compoundDocumentType(bytes: Buffer): string | null {
  if (bytes.includes(utf16("WordDocument"))) return MEDIA_TYPES.doc;
  if (bytes.includes(utf16("Workbook")) || bytes.includes(utf16("Book\0"))) return MEDIA_TYPES.xls;
  return null;
}
