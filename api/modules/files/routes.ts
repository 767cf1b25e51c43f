// POST /files (one multipart file) and GET /files/<id>: plain HTTP beside GraphQL, same accounts and scopes.
import fs from "node:fs";
import type http from "node:http";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { PrismaClient } from "../../generated/prisma/client";
import { resolveViewer, type AuthRuntime } from "../../auth/resolve-viewer";
import { accountId, type Viewer } from "../../auth/viewer";
import { decodeGlobalId } from "../../graphql/global-id";
import { inLanguage, msg, type Language, type Localized } from "../../lib/i18n";
import { currentLanguage } from "../../lib/language";
import { fileReadWhere } from "./scope";
import { contentPath, storeUpload, tempDirOf } from "./store";
import { receiveUpload, UploadError } from "./upload";

export interface FileRoutes {
  prisma: PrismaClient;
  auth: AuthRuntime;
  /** DATA_DIR/files. */
  filesDir: string;
  maxBytes: number;
}

/** The id is base64 and may hold "/": take the whole rest of the path, percent-encoded or not. */
const FILE_PATH = /^\/files\/(.+)$/;

const notFound = () => new UploadError(404, "NOT_FOUND", msg("文件不存在，或您无权查看。", "The file does not exist, or you may not see it."));
const signInFirst = () => new UploadError(401, "UNAUTHENTICATED", msg("请先登录：文件只对登录的账号开放。", "Sign in first: files are for signed-in accounts only."));

export const fileUrl = (fileId: string) => `/files/${encodeURIComponent(encodeGlobalID("StoredFile", fileId))}`;

/** Answers `/files` requests; false for any other path. */
export async function handleFileRequest(req: http.IncomingMessage, res: http.ServerResponse, url: URL, deps: FileRoutes): Promise<boolean> {
  const download = FILE_PATH.exec(url.pathname);
  const isUpload = url.pathname === "/files" && req.method === "POST";
  if (!isUpload && !(download && (req.method === "GET" || req.method === "HEAD"))) return false;
  const language = currentLanguage();
  try {
    const viewer = await accountViewer(req, deps);
    if (isUpload) {
      const received = await receiveUpload(req, tempDirOf(deps.filesDir), deps.maxBytes);
      const stored = await storeUpload(deps.prisma, deps.filesDir, received, viewer.userId!);
      sendJson(res, 201, { ...stored, id: encodeGlobalID("StoredFile", stored.id), url: fileUrl(stored.id) });
    } else await sendFile(req, res, deps, viewer, download![1]);
  } catch (error) {
    if (!(error instanceof UploadError)) throw error;
    refuse(req, res, error, language);
  }
  return true;
}

async function accountViewer(req: http.IncomingMessage, deps: FileRoutes): Promise<Viewer> {
  let viewer: Viewer;
  try {
    viewer = await resolveViewer(deps.prisma, deps.auth, { authorization: req.headers.authorization, apiKey: req.headers["x-api-key"] as string | undefined });
  } catch {
    throw signInFirst();
  }
  if (!accountId(viewer)) throw signInFirst();
  return viewer;
}

function storedFileId(raw: string): string {
  try {
    return decodeGlobalId(decodeURIComponent(raw), ["StoredFile"]).id;
  } catch {
    throw notFound();
  }
}

async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, deps: FileRoutes, viewer: Viewer, rawId: string): Promise<void> {
  const file = await deps.prisma.storedFile.findFirst({
    where: { AND: [{ id: storedFileId(rawId) }, fileReadWhere(viewer)] },
    select: { sha256: true, size: true, mediaType: true, name: true },
  });
  const source = file && contentPath(deps.filesDir, file.sha256);
  if (!file || !source || !fs.existsSync(source)) throw notFound();
  res.writeHead(200, {
    "content-type": file.mediaType,
    "content-length": file.size,
    "content-disposition": contentDisposition(file.name),
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-cache",
  });
  if (req.method === "HEAD") return void res.end();
  fs.createReadStream(source).pipe(res);
}

/** RFC 6266 with RFC 5987: an ASCII fallback for old clients, the exact UTF-8 name for the rest. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** After a refusal mid-upload the rest of the body is read and dropped (at most 10 s), so the client sees the answer rather than a reset. */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, error: UploadError, language: Language): void {
  const text: Localized = error.text;
  const body = { error: { code: error.code, message: inLanguage(text, language) } };
  if (req.method === "POST" && !req.readableEnded) {
    res.shouldKeepAlive = false;
    res.setHeader("connection", "close");
    const cutOff = setTimeout(() => req.socket.destroy(), 10_000).unref();
    req.on("end", () => clearTimeout(cutOff)).resume();
  }
  sendJson(res, error.status, body);
}
