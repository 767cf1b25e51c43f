import { notify } from "../../api/modules/notifications/notify";
import { notificationTitle } from "../../api/modules/notifications/messages";
import { msg } from "../../api/lib/i18n";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer } from "../helpers/fixtures";
import { insertSuggestion, type SuggestionRow } from "../helpers/suggestion-rows";

const env = useDemoApi();
let suggestion: SuggestionRow;

const LIST = `query($unreadOnly: Boolean) {
  unreadNotificationCount
  notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id kind title read suggestionId } } }
}`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const viewer = (username: string) => demoViewer(env.db.prisma, username);

beforeAll(async () => {
  suggestion = await insertSuggestion(env.db.prisma, "五华区", { title: "关于增设公交站的建议", unitUser: "wh.unit" });
  await env.db.prisma.$transaction((tx) =>
    notify(tx, { kind: "ASSIGNED", suggestionId: suggestion.id, audience: ["LEAD_UNIT"], title: msg("建议已交办", "Suggestion assigned") }),
  );
});

describe("notifications of the signed-in account", () => {
  it("lists them with the unread count, titles rebuilt from the kind and the suggestion", async () => {
    const data = await env.api.data(LIST, {}, await viewer("wh.unit"), "zh-CN");
    expect(data.unreadNotificationCount).toBe(1);
    expect(data.notifications.totalCount).toBe(1);
    const number = (await env.db.prisma.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).number;
    expect(data.notifications.edges[0].node).toMatchObject({ kind: "ASSIGNED", title: `建议已交办：${number} 关于增设公交站的建议`, read: false });
    const english = await env.api.data(LIST, {}, await viewer("wh.unit"), "en");
    expect(english.notifications.edges[0].node.title).toBe(`Suggestion assigned: ${number} 关于增设公交站的建议`);
    expect(Buffer.from(data.notifications.edges[0].node.suggestionId, "base64").toString()).toBe(`Suggestion:${suggestion.id}`);
    expect(notificationTitle({ kind: "OVERDUE", title: "x", suggestion: { number: "2026-0001", title: "T" } }, "en")).toBe("Reply overdue: 2026-0001 T");
    expect((await env.api.data(LIST, {}, await viewer("wh.admin"))).unreadNotificationCount).toBe(0);
  });

  it("only the owner reads or marks one: others get null and NOT_FOUND, and nothing changes", async () => {
    const own = (await env.api.data(LIST, {}, await viewer("wh.unit"))).notifications.edges[0].node.id;
    const other = await viewer("wh.admin");
    expect((await env.api.data(`query($id: ID!) { node(id: $id) { id } }`, { id: own }, other)).node).toBeNull();
    const refused = await env.api.run(MARK, { ids: [own] }, other);
    expect(codes(refused)).toEqual(["NOT_FOUND"]);
    expect((await env.api.data(LIST, {}, await viewer("wh.unit"))).unreadNotificationCount).toBe(1);
    expect(codes(await env.api.run(LIST, {}))).toContain("UNAUTHENTICATED");
  });

  it("marks read by id or all at once, and unreadOnly hides read ones", async () => {
    const unit = await viewer("wh.unit");
    await env.db.prisma.$transaction((tx) =>
      notify(tx, { kind: "REHANDLING", suggestionId: suggestion.id, audience: ["ALL_UNITS"], title: msg("建议需重新办理", "Re-handling") }),
    );
    const [first, second] = (await env.api.data(LIST, {}, unit)).notifications.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(codes(await env.api.run(MARK, {}, unit))).toEqual(["BAD_USER_INPUT"]);
    expect((await env.api.data(MARK, { ids: [first] }, unit)).markNotificationsRead).toBe(1);
    const unread = await env.api.data(LIST, { unreadOnly: true }, unit);
    expect(unread.notifications.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second]);
    expect((await env.api.data(MARK, { all: true }, unit)).markNotificationsRead).toBe(0);
    expect((await env.api.data(LIST, {}, unit)).notifications.totalCount).toBe(2);
  });

  it("reminders may be turned off, and then are not sent; lifecycle kinds stay on", async () => {
    const unit = await viewer("wh.unit");
    const SET = `mutation($kind: NotificationKind!, $enabled: Boolean!) { setNotificationPreference(kind: $kind, enabled: $enabled) { kind enabled optional } }`;
    const refused = await env.api.run(SET, { kind: "ASSIGNED", enabled: false }, unit, "127.0.0.1", "zh-CN");
    expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors?.[0].message).toMatch(/只有到期提醒/);
    expect((await env.api.data(SET, { kind: "DUE_SOON", enabled: false }, unit)).setNotificationPreference).toEqual({ kind: "DUE_SOON", enabled: false, optional: true });
    const prefs = (await env.api.data(`{ notificationPreferences { kind enabled optional } }`, {}, unit)).notificationPreferences;
    expect(prefs).toContainEqual({ kind: "DUE_SOON", enabled: false, optional: true });
    expect(prefs).toContainEqual({ kind: "ASSIGNED", enabled: true, optional: false });
    const sent = await env.db.prisma.$transaction((tx) =>
      notify(tx, { kind: "DUE_SOON", suggestionId: suggestion.id, audience: ["LEAD_UNIT"], title: msg("即将到期", "Due soon"), dedupeKey: "DUE_SOON:test" }),
    );
    expect(sent).toBe(0);
  });
});
