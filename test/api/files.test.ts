import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { detectMediaType, MEDIA_TYPES } from "../../api/modules/files/detect";
import { startPlatform, type Platform } from "../../api/platform";
import { useDemoApi } from "../helpers/api";
import { demoViewer } from "../helpers/fixtures";
import { insertSuggestion } from "../helpers/suggestion-rows";

const env = useDemoApi();
const MAX_BYTES = 1024 * 1024;
let platform: Platform;
let dataDir: string;
const tokens: Record<string, string> = {};

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(urlPath: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${platform.url}${urlPath}`, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const json = (answer: Answer) => JSON.parse(answer.body.toString("utf8"));

/** As browsers send it: the file name as raw UTF-8 in quotes. */
function multipart(name: string, content: Buffer, boundary = "----renda-test-boundary") {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return { body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

function upload(name: string, content: Buffer, who?: string, headers: Record<string, string> = {}) {
  const form = multipart(name, content);
  return request("/files", {
    method: "POST",
    headers: { "content-type": form.type, ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}), ...headers },
    body: form.body,
  });
}

const download = (url: string, who?: string) => request(url, { headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });

async function signIn(username: string) {
  const answer = await request("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "renda2026demo") { accessToken } }` }),
  });
  tokens[username] = json(answer).data.login.accessToken;
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "renda-files-"));
  platform = await startPlatform(
    loadConfig({
      DATABASE_URL: env.db.url, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "silent", JWT_SECRET: "x".repeat(40),
      DATA_DIR: dataDir, FILE_MAX_BYTES: String(MAX_BYTES), JOBS: "off",
    }),
    createLogger("silent"),
  );
  for (const user of ["wh.unit", "wh.admin", "dl.admin", "km.admin"]) await signIn(user);
});
afterAll(async () => {
  await platform?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const tempFiles = () => (fs.existsSync(path.join(dataDir, "files", "tmp")) ? fs.readdirSync(path.join(dataDir, "files", "tmp")) : []);

describe("POST /files", () => {
  it("refuses callers without an account (401), before reading the file", async () => {
    const answer = await upload("a.pdf", PDF);
    expect(answer.status).toBe(401);
    expect(json(answer).error.code).toBe("UNAUTHENTICATED");
  });

  it("stores a PDF by its content hash, once for the same content, and answers its description", async () => {
    const first = await upload("办理答复（草稿）.pdf", PDF, "wh.unit");
    expect(first.status).toBe(201);
    const sha256 = createHash("sha256").update(PDF).digest("hex");
    expect(json(first)).toMatchObject({ name: "办理答复（草稿）.pdf", size: PDF.length, mediaType: "application/pdf", sha256 });
    expect(Buffer.from(json(first).id, "base64").toString()).toMatch(/^StoredFile:/);
    const second = await upload("copy.pdf", PDF, "wh.unit");
    expect(second.status).toBe(201);
    expect(json(second).id).not.toBe(json(first).id);
    expect(fs.readdirSync(path.join(dataDir, "files", sha256.slice(0, 2)))).toEqual([sha256]);
    expect(fs.readFileSync(path.join(dataDir, "files", sha256.slice(0, 2), sha256))).toEqual(PDF);
    expect(await env.db.prisma.storedFile.count({ where: { sha256 } })).toBe(2);
    expect(tempFiles()).toEqual([]);
  });

  it("refuses a type outside the list with 415 and a Chinese message (English when asked), keeping nothing", async () => {
    const before = await env.db.prisma.storedFile.count();
    const text = await upload("notes.pdf", Buffer.from("just text pretending to be a PDF"), "wh.unit");
    expect(text.status).toBe(415);
    expect(json(text).error).toEqual({ code: "UNSUPPORTED_MEDIA_TYPE", message: expect.stringContaining("不支持这种文件类型") });
    const exe = await upload("setup.exe", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]), "wh.unit", { "accept-language": "en-US,en;q=0.9" });
    expect(exe.status).toBe(415);
    expect(json(exe).error.message).toMatch(/^This type of file is not accepted/);
    const plainZip = await new JSZip().file("a.txt", "hello").generateAsync({ type: "nodebuffer" });
    expect((await upload("archive.docx", plainZip, "wh.unit")).status).toBe(415);
    expect(await env.db.prisma.storedFile.count()).toBe(before);
    expect(tempFiles()).toEqual([]);
  });

  it("refuses a file over FILE_MAX_BYTES with 413 while it is still arriving", async () => {
    const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      const boundary = "----slow-boundary";
      const req = http.request(`${platform.url}/files`, {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${tokens["wh.unit"]}`, "transfer-encoding": "chunked" },
      });
      let sent = 0;
      let answered = false;
      req.on("response", (res) => {
        answered = true;
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode!, body, sent }));
      });
      req.on("error", (error) => (answered ? undefined : reject(error)));
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n%PDF-1.4\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      // An endless body: only a refusal during the upload ends this test.
      const pump = () => {
        if (answered) return req.end();
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once("drain", pump);
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toEqual({ code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("文件超过 1 MB 的上限") });
    expect(answer.sent).toBeLessThan(MAX_BYTES * 20);
    await new Promise((r) => setTimeout(r, 200));
    expect(tempFiles()).toEqual([]);
  });

  it("refuses at once a Content-Length over the limit", async () => {
    const answer = await upload("big.pdf", Buffer.concat([PDF, Buffer.alloc(MAX_BYTES + 100 * 1024)]), "wh.unit");
    expect(answer.status).toBe(413);
  });
});

describe("type detection from the content", () => {
  it("tells Office documents apart by their parts, and images by their signatures", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("表1").addRow(["代表", "建议"]);
    expect(detectMediaType(Buffer.from(await workbook.xlsx.writeBuffer()))).toBe(MEDIA_TYPES.xlsx);
    const ooxml = (part: string) =>
      new JSZip().file("[Content_Types].xml", "<Types/>").file(part, "<x/>").generateAsync({ type: "nodebuffer" });
    expect(detectMediaType(await ooxml("word/document.xml"))).toBe(MEDIA_TYPES.docx);
    expect(detectMediaType(await ooxml("ppt/presentation.xml"))).toBe(MEDIA_TYPES.pptx);
    const ole = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);
    expect(detectMediaType(ole("WordDocument"))).toBe(MEDIA_TYPES.doc);
    expect(detectMediaType(ole("Workbook"))).toBe(MEDIA_TYPES.xls);
    expect(detectMediaType(ole("Something"))).toBeNull();
    expect(detectMediaType(PNG)).toBe(MEDIA_TYPES.png);
    expect(detectMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe(MEDIA_TYPES.jpeg);
    expect(detectMediaType(Buffer.from("GIF89a\0\0"))).toBe(MEDIA_TYPES.gif);
    expect(detectMediaType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe(MEDIA_TYPES.webp);
    expect(detectMediaType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
  });
});

describe("GET /files/<id>", () => {
  it("serves the uploader while unattached; then readers of the suggestion; a sibling county's staff get 404", async () => {
    const uploadAnswer = await upload("现场照片 (1).png", PNG, "wh.unit");
    expect(uploadAnswer.status).toBe(201);
    const uploaded = json(uploadAnswer);
    const url = `/files/${encodeURIComponent(uploaded.id)}`;
    expect(uploaded.url).toBe(url);
    const own = await download(url, "wh.unit");
    expect(own.status).toBe(200);
    expect(own.body).toEqual(PNG);
    expect(own.headers).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "content-disposition": `attachment; filename="____ (1).png"; filename*=UTF-8''${encodeURIComponent("现场照片")}%20%281%29.png`,
    });
    expect(own.headers["cache-control"]).toMatch(/^private/);
    expect((await download(url, "wh.admin")).status).toBe(404);
    expect((await download(url)).status).toBe(401);

    const suggestion = await insertSuggestion(env.db.prisma, "五华区");
    const fileId = Buffer.from(uploaded.id, "base64").toString().split(":")[1];
    await env.db.prisma.suggestionAttachment.create({ data: { suggestionId: suggestion.id, fileId } });

    expect((await download(url, "wh.admin")).status).toBe(200);
    expect((await download(url, "km.admin")).status).toBe(200);
    const sibling = await download(url, "dl.admin");
    expect(sibling.status).toBe(404);
    expect(json(sibling).error.code).toBe("NOT_FOUND");
    // Attached to a suggestion of a unit it is not staff of: the uploader no longer reads it.
    expect((await download(url, "wh.unit")).status).toBe(404);
    expect((await download(`/files/${Buffer.from(`StoredFile:${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`).toString("base64")}`, "wh.admin")).status).toBe(404);
    expect((await download("/files/not-an-id", "wh.admin")).status).toBe(404);

    const query = `query($id: ID!) { node(id: $id) { ... on StoredFile { name size mediaType url } } }`;
    const seen = await env.api.data(query, { id: uploaded.id }, await demoViewer(env.db.prisma, "wh.admin"));
    expect(seen.node).toEqual({ name: "现场照片 (1).png", size: PNG.length, mediaType: "image/png", url });
    const hidden = await env.api.data(query, { id: uploaded.id }, await demoViewer(env.db.prisma, "dl.admin"));
    expect(hidden.node).toBeNull();
  });
});
