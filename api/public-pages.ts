// /s/<code> and /d/<code>: what a constituent reaches by scanning a station or deputy QR code.
// HTML for people, JSON for programs (Accept: application/json); QR images at …/qr.svg and …/qr.png.
import type http from "node:http";
import { inCallerLanguage } from "./graphql/localize";
import { msg } from "./lib/i18n";
import QRCode from "qrcode";
import type { PrismaClient } from "./generated/prisma/client";
import { publicDeputy } from "./modules/deputies/public-page";
import { publicStation } from "./modules/stations/public-page";

const CODE = /^\/([sd])\/([0-9A-Z]{16})(\/qr\.(svg|png))?$/;

const escape = (value: unknown) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:40em;margin:1em auto;padding:0 1em;color:#222}
h1{color:#b71c1c;font-size:1.4em}dt{color:#666;margin-top:.6em}li{margin:.2em 0}</style></head><body>${body}</body></html>`;
}

function stationHtml(s: NonNullable<Awaited<ReturnType<typeof publicStation>>>): string {
  const deputies = s.deputies.map((d) => `<li><a href="/d/${escape(d.code)}">${escape(d.name)}</a>（${escape(d.congress)}代表）</li>`).join("");
  return page(
    s.name,
    `<h1>${escape(s.name)}</h1><dl><dt>所属</dt><dd>${escape(s.congress)} · ${escape(s.region)}</dd>
<dt>地址</dt><dd>${escape(s.address ?? "网上阵地")}</dd><dt>开放时间</dt><dd>${escape(s.openingHours ?? "—")}</dd>
<dt>接待日</dt><dd>${escape(s.receptionDays ?? "—")}</dd><dt>联系人</dt><dd>${escape(s.keeperName ?? "—")}</dd></dl>
<h2>进站代表（${s.deputies.length}）</h2><ul>${deputies || "<li>暂无</li>"}</ul>`,
  );
}

function deputyHtml(d: NonNullable<Awaited<ReturnType<typeof publicDeputy>>>): string {
  const memberships = d.memberships
    .map(
      (m) => `<li>${escape(m.congress)}第${escape(m.term)}届代表（${escape(m.constituency)}）${m.status === "ACTIVE" ? "" : `，${escape(m.status)}`}
${m.stations.length ? `<br>联络站：${m.stations.map((s) => `<a href="/s/${escape(s.code)}">${escape(s.name)}</a>`).join("、")}` : ""}</li>`,
    )
    .join("");
  return page(`${d.name}代表`, `<h1>${escape(d.name)}代表</h1><p>${escape(d.ethnicity)}${d.birthYearMonth ? `，${escape(d.birthYearMonth.replace(/^(\d{4})-0?(\d+)$/, "$1年$2月"))}生` : ""}</p><ul>${memberships}</ul>`);
}

const wantsJson = (req: http.IncomingMessage) => (req.headers.accept ?? "").includes("application/json");

/** Handles /s/… and /d/…; returns false for any other path. Links and QR codes start with `publicUrl`, never the Host header. */
export async function servePublicPage(prisma: PrismaClient, req: http.IncomingMessage, res: http.ServerResponse, url: URL, publicUrl: string): Promise<boolean> {
  const match = CODE.exec(url.pathname);
  if (!match) return false;
  const [, kind, code, , image] = match;
  const data = kind === "s" ? await publicStation(prisma, code) : await publicDeputy(prisma, code);
  if (!data) {
    if (wantsJson(req)) {
      res.writeHead(404, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
      res.end(JSON.stringify({ error: inCallerLanguage(msg("该二维码已失效或不存在。", "This code is unknown or has been replaced.")), code: "NOT_FOUND" }));
      return true;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end(inCallerLanguage(msg("该二维码已失效或不存在。", "This code is unknown or has been replaced.")));
    return true;
  }
  if (image) {
    const target = `${publicUrl}/${kind}/${code}`;
    if (image === "svg") {
      res.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "public, max-age=3600" });
      res.end(await QRCode.toString(target, { type: "svg", margin: 2, errorCorrectionLevel: "M" }));
    } else {
      res.writeHead(200, { "content-type": "image/png", "cache-control": "public, max-age=3600" });
      res.end(await QRCode.toBuffer(target, { type: "png", margin: 2, width: 512, errorCorrectionLevel: "M" }));
    }
    return true;
  }
  if (wantsJson(req)) {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    res.end(JSON.stringify(data));
    return true;
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(kind === "s" ? stationHtml(data as Awaited<ReturnType<typeof publicStation>> & object) : deputyHtml(data as Awaited<ReturnType<typeof publicDeputy>> & object));
  return true;
}
