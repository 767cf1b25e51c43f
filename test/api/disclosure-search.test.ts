// Chinese search over published suggestions (pg_trgm): two-character words, near-duplicate phrases,
// filters and keyset pages; and the start-up warning for a database whose ctype cannot split Chinese.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Viewer } from "../../api/auth/viewer";
import { loadConfig } from "../../api/config";
import { chineseTextSupport } from "../../api/db/chinese-text";
import { openDatabase } from "../../api/db/open";
import type { Logger } from "../../api/logger";
import { useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";
import { LIST, publish, repliedSuggestion } from "./disclosure-world";

const env = useDemoApi();
const published: Record<string, string> = {};
let staff: Viewer;

const TEXTS = {
  lamp: { region: "五华区", title: "关于华山街道路灯维修的建议", body: "五华区华山街道路灯损坏，夜间出行不便。", reply: "已更换灯具。" },
  school: { region: "五华区", title: "关于学校周边交通安全的建议", body: "上学放学时段车辆拥堵，建议增设人行横道。", reply: "已施划斑马线。" },
  water: { region: "盘龙区", title: "关于雨季道路积水的建议", body: "盘龙区北京路口雨后积水严重。", reply: "将改造排水管网。" },
};

const search = async (filter: Record<string, unknown>) =>
  (await env.api.data(LIST, { filter })).disclosedSuggestions.edges.map((e: { node: { id: string } }) => e.node.id).sort();

beforeAll(async () => {
  staff = await demoViewer(env.db.prisma, "km.admin");
  for (const [key, t] of Object.entries(TEXTS)) {
    const s = await repliedSuggestion(env.db.prisma, t.region, t);
    published[key] = (await publish(env.api, env.db.prisma, staff, s.id)).id;
  }
});

describe("Chinese search", () => {
  it("the embedded test database splits Chinese text into trigrams (ctype C.UTF-8)", async () => {
    const support = await chineseTextSupport(env.db.url);
    expect(support.ctype).toMatch(/utf-?8/i);
    expect(support.trigrams).toBeGreaterThan(0);
  });

  it("finds a suggestion by a two-character word, in its text or its reply", async () => {
    expect(await search({ search: "路灯" })).toEqual([published.lamp]);
    expect(await search({ search: "积水" })).toEqual([published.water]);
    expect(await search({ search: "斑马" })).toEqual([published.school]);
    expect(await search({ search: "地铁" })).toEqual([]);
  });

  it("finds a suggestion by a near-duplicate phrase that is not a substring of it", async () => {
    const phrase = "华山街道路灯坏了";
    const { searchText } = await env.db.prisma.disclosedSuggestion.findFirstOrThrow({ where: { title: TEXTS.lamp.title } });
    expect(searchText).not.toContain(phrase);
    expect(await search({ search: phrase })).toEqual([published.lamp]);
    expect(await search({ search: "学校周边交通拥堵" })).toEqual([published.school]);
  });

  it("a search text with LIKE wildcards is matched literally", async () => {
    expect(await search({ search: "%" })).toEqual([]);
    expect(await search({ search: "路_" })).toEqual([]);
  });

  it("substring search of three characters or more can use the trigram index", async () => {
    const client = new pg.Client({ connectionString: env.db.url });
    await client.connect();
    try {
      await client.query("SET enable_seqscan = off");
      const plan = await client.query(`EXPLAIN SELECT id FROM "DisclosedSuggestion" WHERE "searchText" ILIKE '%华山街道%' OR '华山街道路灯坏了' <% "searchText"`);
      expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("DisclosedSuggestion_searchText_trgm_idx");
    } finally {
      await client.end();
    }
  });

  it("filters by congress subtree, year, unit and reply class, and pages with keyset cursors", async () => {
    const wuhua = await congressIdOf(env.db.prisma, "五华区");
    expect(await search({ withinCongressId: wuhua })).toEqual([published.lamp, published.school].sort());
    expect(await search({ withinCongressId: wuhua, search: "积水" })).toEqual([]);
    expect(await search({ year: 2026, replyClass: "A" })).toHaveLength(3);
    expect(await search({ year: 2025 })).toEqual([]);
    expect(await search({ replyClass: "C" })).toEqual([]);
    const lamp = await env.db.prisma.disclosedSuggestion.findFirstOrThrow({ where: { title: TEXTS.lamp.title } });
    expect(await search({ unitId: globalId("HandlingUnit", lamp.unitIds[0]!) })).toEqual([published.lamp, published.school].sort());

    const first = (await env.api.data(LIST, { first: 2 })).disclosedSuggestions;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = (await env.api.data(LIST, { first: 2, after: first.pageInfo.endCursor })).disclosedSuggestions;
    const all = [...first.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(all.sort()).toEqual(Object.values(published).sort());
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});

describe("a database that cannot split Chinese text", () => {
  it("start-up on a DATABASE_URL database with ctype C logs a warning; substring search on it still matches", async () => {
    const name = `c_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
    const url = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
    url.pathname = `/${name}`;
    const warnings: string[] = [];
    const log = { info: () => undefined, debug: () => undefined, error: () => undefined, warn: (_o: unknown, text: string) => warnings.push(text) } as unknown as Logger;
    try {
      const database = await openDatabase(loadConfig({ DATABASE_URL: url.toString() }), log);
      await database.stop();
      expect(warnings).toEqual([expect.stringContaining("LC_CTYPE C) cannot split Chinese text")]);
      expect(await chineseTextSupport(url.toString())).toEqual({ ctype: "C", trigrams: 0 });

      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const { rows } = await client.query(`SELECT '五华区华山街道路灯损坏' ILIKE '%路灯%' AS substring, similarity('五华区华山街道路灯损坏', '五华区华山街道路灯坏了') AS similarity`);
      await client.end();
      expect(rows[0]).toEqual({ substring: true, similarity: 0 });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it("start-up on the embedded-style database (ctype C.UTF-8) logs no such warning", async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, debug: () => undefined, error: () => undefined, warn: (_o: unknown, text: string) => warnings.push(text) } as unknown as Logger;
    const database = await openDatabase(loadConfig({ DATABASE_URL: env.db.url }), log);
    await database.stop();
    expect(warnings).toEqual([]);
  });
});
