// Receiving one uploaded file: streamed to a temporary file while hashed and counted, cut off at the size limit.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import busboy from "busboy";
import { msg, type Localized } from "../../lib/i18n";

export interface ReceivedFile {
  tempPath: string;
  name: string;
  size: number;
  sha256: string;
}

/** A refusal of the upload itself, answered with this status and message. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Localized,
  ) {
    super(text.en);
  }
}

export const tooLarge = (maxBytes: number) =>
  new UploadError(
    413,
    "PAYLOAD_TOO_LARGE",
    msg(`文件超过 ${formatMegabytes(maxBytes)} 的上限，请压缩或拆分后再上传。`, `The file is over the ${formatMegabytes(maxBytes)} limit; compress or split it, then upload again.`),
  );

const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

const badForm = () =>
  new UploadError(
    400,
    "BAD_REQUEST",
    msg("请以 multipart/form-data 上传一个文件（字段名任意）。", "Send one file as multipart/form-data (any field name)."),
  );

/** A name safe to store and show: no folders, no control characters, at most 255 characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 255);
  return clean || "file";
}

/**
 * Streams the first file of a multipart request into `tempDir`. Refuses (413) as soon as more than
 * `maxBytes` arrived, without waiting for the rest; the partial temporary file is removed.
 */
export function receiveUpload(req: http.IncomingMessage, tempDir: string, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"]) > maxBytes + 64 * 1024) return reject(tooLarge(maxBytes));
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 20 }, defParamCharset: "utf8" });
    } catch {
      return reject(badForm());
    }
    let settled = false;
    let writing: Promise<ReceivedFile> | null = null;
    const fail = (error: unknown, tempPath?: string) => {
      if (tempPath) fs.rm(tempPath, { force: true }, () => undefined);
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      reject(error);
    };
    parser.on("file", (_field, stream, info) => {
      if (writing) return stream.resume();
      fs.mkdirSync(tempDir, { recursive: true });
      const tempPath = path.join(tempDir, `${randomUUID()}.part`);
      const hash = createHash("sha256");
      const out = fs.createWriteStream(tempPath, { flags: "wx" });
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
      });
      stream.on("limit", () => {
        out.destroy();
        fail(tooLarge(maxBytes), tempPath);
      });
      writing = new Promise((done, failed) => {
        out.on("finish", () => done({ tempPath, name: cleanFileName(info.filename), size, sha256: hash.digest("hex") }));
        out.on("error", (error) => failed(error));
        stream.on("error", (error) => failed(error));
      });
      writing.catch((error) => fail(error, tempPath));
      stream.pipe(out);
    });
    parser.on("error", () => fail(badForm()));
    parser.on("close", () => {
      if (!writing) return fail(badForm());
      writing.then((file) => {
        if (settled) return void fs.rm(file.tempPath, { force: true }, () => undefined);
        settled = true;
        resolve(file);
      }, () => undefined);
    });
    req.pipe(parser);
  });
}
