// 审核公开: staff publish a replied suggestion with personal data removed; the public reads the snapshot only.
import type { Viewer } from "../../api/auth/viewer";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";
import { insertSuggestion } from "../helpers/suggestion-rows";
import { rawId } from "./suggestions-world";
import { LIST, ONE, PREVIEW, publish, PUBLISH, repliedSuggestion, UNPUBLISH } from "./disclosure-world";

const env = useDemoApi();
const VIEWERS = ["wh.staff", "km.admin", "dl.admin", "wh.deputy"] as const;
const viewers = {} as Record<(typeof VIEWERS)[number], Viewer>;

const ID_NUMBER = "53010219800101123X";
const MOBILE = "138 1234-5678";
const LANDLINE = "0871-65123456";
const NAME = "张秀兰";
const BODY = `五华区华山街道路灯损坏，居民${NAME}（身份证号${ID_NUMBER}，手机${MOBILE}）多次反映，社区电话${LANDLINE}无人接听。`;
const REPLY = `已安排维修。联系人${NAME}，电话0871 6512 3456转801，邮箱zhang.xl@example.com。`;
const PERSONAL = [ID_NUMBER, MOBILE, LANDLINE, NAME, "6512 3456", "zhang.xl@example.com", "13812345678", "65123456"];

beforeAll(async () => {
  for (const name of VIEWERS) viewers[name] = await demoViewer(env.db.prisma, name);
});

describe("redaction", () => {
  it("the preview shows each redaction where it stands, and publishing keeps none of the ID number, mobile, landline or marked name", async () => {
    const s = await repliedSuggestion(env.db.prisma, "五华区", { title: `关于${NAME}反映路灯问题的建议`, body: BODY, reply: REPLY });
    const preview = (await env.api.data(PREVIEW, { id: s.gid, names: [NAME] }, viewers["wh.staff"])).disclosurePreview;
    const kinds = preview.body.redactions.map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(["MARKED", "ID_NUMBER", "MOBILE", "LANDLINE"]);
    for (const r of preview.body.redactions) expect(preview.body.text.slice(r.start, r.end)).toEqual(r.kind === "MARKED" ? "某某" : expect.stringMatching(/已隐去/));
    expect(preview.body.redactions.map((r: { original: string }) => r.original)).toEqual([NAME, ID_NUMBER, MOBILE, LANDLINE]);
    expect(preview.replyText.redactions.map((r: { kind: string }) => r.kind)).toEqual(["MARKED", "LANDLINE", "EMAIL"]);

    const published = await publish(env.api, env.db.prisma, viewers["wh.staff"], s.id, [NAME]);
    const publicView = (await env.api.data(ONE, { id: published.id })).disclosedSuggestion;
    const everything = JSON.stringify(publicView);
    for (const secret of PERSONAL) expect(everything).not.toContain(secret);
    expect(publicView.body).toContain("五华区华山街道路灯损坏");
    expect(publicView.title).toBe("关于某某反映路灯问题的建议");
    const stored = await env.db.prisma.disclosedSuggestion.findUniqueOrThrow({ where: { suggestionId: s.id } });
    for (const secret of PERSONAL) expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it("a number that is an amount or a year stays", async () => {
    const s = await repliedSuggestion(env.db.prisma, "五华区", { title: "关于投资的建议", body: "2026年计划投资12000000元，惠及3500户。" });
    const preview = (await env.api.data(PREVIEW, { id: s.gid, names: [] }, viewers["wh.staff"])).disclosurePreview;
    expect(preview.body.text).toBe("2026年计划投资12000000元，惠及3500户。");
  });
});

describe("snapshot", () => {
  it("a later edit of the suggestion leaves what the public sees unchanged until it is published again, and every version is kept", async () => {
    const s = await repliedSuggestion(env.db.prisma, "五华区", { title: "关于增设公交站台的建议", body: "建议在西坝路增设公交站台。" });
    const first = await publish(env.api, env.db.prisma, viewers["wh.staff"], s.id);
    await env.db.prisma.suggestion.update({ where: { id: s.id }, data: { title: "关于改造西坝路的建议", body: "改写后的正文。", version: { increment: 1 } } });
    const seen = (await env.api.data(ONE, { id: first.id })).disclosedSuggestion;
    expect(seen).toMatchObject({ title: "关于增设公交站台的建议", body: "建议在西坝路增设公交站台。", version: 1 });

    const second = await publish(env.api, env.db.prisma, viewers["wh.staff"], s.id);
    expect(second).toMatchObject({ id: first.id, title: "关于改造西坝路的建议", version: 2 });
    const versions = await env.db.prisma.disclosedSuggestionVersion.findMany({ where: { disclosureId: rawId(second.id) }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, (v.snapshot as { title: string }).title])).toEqual([[1, "关于增设公交站台的建议"], [2, "关于改造西坝路的建议"]]);
  });

  it("publishing at a version older than the suggestion's is CONFLICT: staff publish what they previewed", async () => {
    const s = await repliedSuggestion(env.db.prisma, "五华区", { title: "关于旧版本的建议", body: "正文。" });
    const { version } = await env.db.prisma.suggestion.update({ where: { id: s.id }, data: { version: { increment: 1 } } });
    const result = await env.api.run(PUBLISH, { id: s.gid, version: version - 1 }, viewers["wh.staff"]);
    expect(codes(result)).toEqual(["CONFLICT"]);
  });
});

describe("who sees what", () => {
  it("anonymous callers see published snapshots only; an unpublished one is NOT_FOUND and leaves the list", async () => {
    const s = await repliedSuggestion(env.db.prisma, "五华区", { title: "关于撤回测试的建议", body: "正文。" });
    const published = await publish(env.api, env.db.prisma, viewers["wh.staff"], s.id);
    const listed = async () => (await env.api.data(LIST, { filter: { search: "撤回测试" } })).disclosedSuggestions.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await listed()).toEqual([published.id]);

    expect(codes(await env.api.run(UNPUBLISH, { id: s.gid, reason: "x" }, viewers["wh.staff"]))).toEqual(["BAD_USER_INPUT"]);
    expect(await env.api.data(UNPUBLISH, { id: s.gid, reason: "含未脱敏信息" }, viewers["wh.staff"])).toEqual({ unpublishSuggestion: true });
    expect(codes(await env.api.run(ONE, { id: published.id }))).toEqual(["NOT_FOUND"]);
    expect(await listed()).toEqual([]);
    expect(codes(await env.api.run(`query ($id: ID!) { node(id: $id) { id } }`, { id: published.id }))).toEqual([]);
    expect((await env.api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: published.id })).node).toBeNull();

    const audit = await env.db.prisma.auditEvent.findMany({ where: { entityId: rawId(published.id) }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["publishSuggestion", "unpublishSuggestion"]);
  });

  it("an API key reads published suggestions with the PUBLIC_READ scope, and is FORBIDDEN without it", async () => {
    const withScope: Viewer = { userId: null, grants: [], apiKey: { id: "k1", scopes: ["PUBLIC_READ"] } };
    const withoutScope: Viewer = { userId: null, grants: [], apiKey: { id: "k2", scopes: [] } };
    expect(codes(await env.api.run(LIST, {}, withScope))).toEqual([]);
    expect(codes(await env.api.run(LIST, {}, withoutScope))).toEqual(["FORBIDDEN"]);
  });

  it("an id that was never published is NOT_FOUND to the public", async () => {
    expect(codes(await env.api.run(ONE, { id: globalId("DisclosedSuggestion", "00000000-0000-4000-8000-000000000000") }))).toEqual(["NOT_FOUND"]);
  });

  it("only staff of the suggestion's congress or above may publish: a sibling prefecture's admin gets NOT_FOUND, the city's admin publishes", async () => {
    const s = await repliedSuggestion(env.db.prisma, "五华区", { title: "关于上级公开的建议", body: "正文。" });
    const args = { id: s.gid, version: 1 };
    expect(codes(await env.api.run(PUBLISH, args, viewers["dl.admin"]))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(PREVIEW, { id: s.gid }, viewers["dl.admin"]))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(PUBLISH, args, viewers["wh.deputy"]))).toEqual(["FORBIDDEN"]);
    expect(codes(await env.api.run(PUBLISH, args))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await env.api.run(PUBLISH, args, viewers["km.admin"]))).toEqual([]);
  });

  it("a suggestion without a reply, or a motion, cannot be published (INVALID_TRANSITION)", async () => {
    const s = await insertSuggestion(env.db.prisma, "五华区", { state: "HANDLING" });
    const result = await env.api.run(PUBLISH, { id: globalId("Suggestion", s.id), version: 1 }, viewers["wh.staff"]);
    expect(codes(result)).toEqual(["INVALID_TRANSITION"]);
    const motion = await repliedSuggestion(env.db.prisma, "五华区", { title: "关于议案的公开", body: "正文。" });
    await env.db.prisma.suggestion.update({ where: { id: motion.id }, data: { kind: "MOTION" } });
    expect(codes(await env.api.run(PUBLISH, { id: motion.gid, version: 1 }, viewers["wh.staff"]))).toEqual(["INVALID_TRANSITION"]);
  });

  it("the public type carries the snapshot only: no person, account or suggestion id", async () => {
    const fields = (await env.api.data(`{ __type(name: "DisclosedSuggestion") { fields { name } } }`)).__type.fields.map((f: { name: string }) => f.name);
    expect(fields.sort()).toEqual(["body", "category", "congress", "id", "leadUnit", "number", "publishedAt", "repliedOn", "replyClass", "replyText", "title", "units", "version", "year"]);
  });
});
