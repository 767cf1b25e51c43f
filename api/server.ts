import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { BlockList } from "node:net";
import path from "node:path";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { PrismaClient } from "./generated/prisma/client";
import { clientAddress } from "./auth/client-address";
import { resolveViewer, type AuthRuntime } from "./auth/resolve-viewer";
import { isDatabaseUnavailable } from "./db/unavailable";
import { applyCors, NO_CROSS_ORIGIN, type CorsPolicy } from "./http/cors";
import { setRateLimitHeaders } from "./http/rate-limit-headers";
import type { Context } from "./graphql/context";
import type { HealthAnswer } from "./lifecycle/health";
import type { Logger } from "./logger";
import { servePublicPage } from "./public-pages";
import { handleFileRequest } from "./modules/files/routes";
import { inCallerLanguage } from "./graphql/localize";
import { msg } from "./lib/i18n";
import { currentLanguage, inRequestLanguage, negotiateLanguage } from "./lib/language";

export interface ServerDeps {
  apollo: ApolloServer<Context>;
  prisma: PrismaClient;
  log: Logger;
  adminDir: string;
  maxPageSize: number;
  auth: AuthRuntime;
  /** Proxies whose X-Forwarded-For gives the client address (TRUSTED_PROXIES). */
  trustedProxies?: BlockList;
  health: { liveness(): Promise<HealthAnswer>; readiness(): Promise<HealthAnswer> };
  /** Other origins allowed to call from a browser; default none. */
  cors?: CorsPolicy;
  /** Base of every link and QR code (PUBLIC_URL, else http://HOST:PORT once listening); never the Host header. */
  publicUrl: () => string;
  /** Uploads and downloads (`/files`): where they are kept and the largest accepted. */
  files?: { dir: string; maxBytes: number };
}

/** Large enough for a 10,000-row import sent as base64. */
const MAX_BODY_BYTES = 25_000_000;
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_REQUEST",
  ) {
    super(message);
  }
}

const tooLarge = () =>
  new HttpError(413, inCallerLanguage(msg(`请求内容超过 ${MAX_BODY_BYTES} 字节，请分批发送。`, `The request body is over ${MAX_BODY_BYTES} bytes; send less at once.`)), "PAYLOAD_TOO_LARGE");

/** The body as bytes, refused (413) as soon as it is known to be over the limit. */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"]) > MAX_BODY_BYTES) return reject(tooLarge());
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off("data", onData);
      reject(tooLarge());
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Bytes that are not UTF-8 would be stored as U+FFFD, silently changing what the caller sent. */
function decodeUtf8(raw: Buffer): string {
  try {
    return utf8.decode(raw);
  } catch {
    throw new HttpError(400, inCallerLanguage(msg("请求内容不是有效的 UTF-8 编码，请以 UTF-8 发送。", "The request body is not valid UTF-8; send it encoded as UTF-8.")));
  }
}

/**
 * Answers a refused request with a GraphQL-shaped error. After a 413 the rest of the body is read and
 * dropped (for at most 10 s) so the client sees the answer rather than a reset connection.
 */
function sendRefusal(req: http.IncomingMessage, res: http.ServerResponse, error: HttpError): void {
  const body = { errors: [{ message: error.message, extensions: { code: error.code } }] };
  if (error.status !== 413) return sendJson(res, error.status, body);
  res.shouldKeepAlive = false;
  res.setHeader("connection", "close");
  sendJson(res, 413, body);
  const cutOff = setTimeout(() => req.socket.destroy(), 10_000).unref();
  req.on("end", () => clearTimeout(cutOff)).resume();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL, deps: ServerDeps, requestId: string) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown = undefined;
  if (req.method === "POST") {
    let raw: string;
    try {
      raw = decodeUtf8(await readBody(req));
    } catch (error) {
      if (error instanceof HttpError) return sendRefusal(req, res, error);
      throw error;
    }
    const type = headers.get("content-type") ?? "";
    if (type.includes("application/json")) {
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        const message = inCallerLanguage(msg("请求内容不是有效的 JSON。", "The request body is not valid JSON."));
        return sendJson(res, 400, { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
      }
    } else body = raw;
  }
  const log = deps.log.child({ requestId });
  const result = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: async (): Promise<Context> => ({
      prisma: deps.prisma,
      viewer: await resolveViewer(
        deps.prisma,
        deps.auth,
        { authorization: headers.get("authorization"), apiKey: headers.get("x-api-key") },
        (window) => setRateLimitHeaders(res, window),
      ),
      requestId,
      log,
      maxPageSize: deps.maxPageSize,
      auth: deps.auth,
      clientIp: clientAddress(req.socket.remoteAddress, headers.get("x-forwarded-for"), deps.trustedProxies ?? new BlockList()),
    }),
  });
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of result.headers) outHeaders[key] = value;
  res.writeHead(result.status ?? 200, outHeaders);
  if (result.body.kind === "complete") {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

function serveAdmin(res: http.ServerResponse, url: URL, adminDir: string, acceptEncoding: string | undefined): void {
  const index = path.join(adminDir, "index.html");
  if (!fs.existsSync(index)) {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    res.end("The console is not built. Run `npm run build:admin` (npm start does it for you).");
    return;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.replace(/^\/admin\/?/, ""));
  } catch {
    return sendJson(res, 400, { error: inCallerLanguage(msg("路径不是有效的百分号编码 UTF-8。", "The path is not valid percent-encoded UTF-8.")) });
  }
  let file = path.resolve(adminDir, relative);
  if (!file.startsWith(adminDir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = index;
  const ext = path.extname(file);
  // Only index.html is unhashed; every other file's name changes with its content.
  const cache = file === index ? "no-cache" : "public, max-age=31536000, immutable";
  const encoding = precompressedEncoding(acceptEncoding, file);
  const headers: http.OutgoingHttpHeaders = { "content-type": CONTENT_TYPES[ext] ?? "application/octet-stream", "cache-control": cache, vary: "Accept-Encoding" };
  if (encoding) headers["content-encoding"] = encoding;
  const served = encoding ? `${file}.${PRECOMPRESSED[encoding]}` : file;
  res.writeHead(200, { ...headers, "content-length": fs.statSync(served).size });
  fs.createReadStream(served).pipe(res);
}

/** Files the console build compressed ahead of time (admin/vite.config.mts), best first. */
const PRECOMPRESSED = { br: "br", gzip: "gz" } as const;

function precompressedEncoding(acceptEncoding: string | undefined, file: string): keyof typeof PRECOMPRESSED | null {
  const accepted = new Map(
    (acceptEncoding ?? "").split(",").map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const allows = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  for (const encoding of Object.keys(PRECOMPRESSED) as (keyof typeof PRECOMPRESSED)[]) {
    if (allows(encoding) && fs.existsSync(`${file}.${PRECOMPRESSED[encoding]}`)) return encoding;
  }
  return null;
}

export function createHttpServer(deps: ServerDeps): http.Server {
  return http.createServer((req, res) => inRequestLanguage(negotiateLanguage(req.headers["accept-language"]), () => serve(req, res, deps)));
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse, deps: ServerDeps): Promise<void> {
  res.setHeader("content-language", currentLanguage());
  const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || randomUUID();
  res.setHeader("x-request-id", requestId);
  res.setHeader("x-content-type-options", "nosniff");
  const url = new URL(req.url ?? "/", "http://localhost");
  if (applyCors(req, res, deps.cors ?? NO_CROSS_ORIGIN)) return;
  try {
    if (url.pathname === "/graphql") return await handleGraphQL(req, res, url, deps, requestId);
    if (url.pathname === "/healthz") {
      const { status, body } = await deps.health.liveness();
      return sendJson(res, status, body);
    }
    if (req.method === "GET" && (await servePublicPage(deps.prisma, req, res, url, deps.publicUrl()))) return;
    if (url.pathname === "/readyz") {
      const { status, body } = await deps.health.readiness();
      return sendJson(res, status, body);
    }
    if (url.pathname === "/" && req.method === "GET") {
      res.writeHead(302, { location: "/admin/" });
      return void res.end();
    }
    if (deps.files && url.pathname.startsWith("/files") && (await handleFileRequest(req, res, url, { ...deps, filesDir: deps.files.dir, maxBytes: deps.files.maxBytes }))) return;
    if (url.pathname === "/admin" || url.pathname.startsWith("/admin/")) return serveAdmin(res, url, path.resolve(deps.adminDir), req.headers["accept-encoding"]);
    sendJson(res, 404, { error: inCallerLanguage(msg("未找到。API 位于 /graphql，管理后台位于 /admin/。", "Not found. The API is at /graphql, the console at /admin/.")) });
  } catch (error) {
    if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
    if (isDatabaseUnavailable(error)) return sendJson(res, 503, { error: inCallerLanguage(msg("数据库暂时不可用，请几秒后再试。", "The database is unavailable right now. Try again in a few seconds.")), requestId });
    deps.log.error({ err: error, requestId }, "request failed");
    if (!res.headersSent) sendJson(res, 500, { error: inCallerLanguage(msg("服务器内部错误。", "Internal error")), requestId });
    else res.end();
  }
}
