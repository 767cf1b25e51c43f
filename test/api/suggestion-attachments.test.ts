// Attachments: the lead deputy attaches files they uploaded to the draft, the lead unit to its reply;
// another account's file, or one already on another suggestion, is refused and nothing changes.
import { randomUUID } from "node:crypto";
import { codes, useDemoApi } from "../helpers/api";
import { globalId } from "../helpers/fixtures";
import { act, buildWorld, CREATE, rawId, suggestionIn, type World } from "./suggestions-world";

const env = useDemoApi();
let w: World;

beforeAll(async () => {
  w = await buildWorld(env.db.prisma);
});

async function uploadedBy(username: string, name = "附件.pdf") {
  const user = await env.db.prisma.user.findUniqueOrThrow({ where: { username } });
  const file = await env.db.prisma.storedFile.create({
    data: { sha256: randomUUID().replace(/-/g, "").padEnd(64, "0"), size: 10, mediaType: "application/pdf", name, uploadedById: user.id },
  });
  return globalId("StoredFile", file.id);
}

const ATTACHMENTS = `query ($id: ID!) { suggestion(id: $id) { attachments { file { name mediaType url } forReply } } }`;
const draftInput = (extra: Record<string, unknown>) => ({
  input: { congressId: globalId("Congress", w.congressId), kind: "SUGGESTION", title: "关于附件的建议", body: "内容。", ...extra },
});

describe("attachments of a suggestion", () => {
  it("the lead deputy attaches their own uploads to a draft, replaces them, and readers see them", async () => {
    const [a, b] = [await uploadedBy("wh.deputy", "调研报告.pdf"), await uploadedBy("wh.deputy", "照片.pdf")];
    const created = await env.api.data(CREATE, draftInput({ attachmentIds: [a] }), w.viewers.lead);
    const id = created.createSuggestion.id;
    const seen = await env.api.data(ATTACHMENTS, { id }, w.viewers.lead);
    expect(seen.suggestion.attachments).toEqual([{ file: { name: "调研报告.pdf", mediaType: "application/pdf", url: expect.stringMatching(/^\/files\//) }, forReply: false }]);

    const edit = await act(env.api, env.db.prisma, w.viewers.lead, "editSuggestionDraft", rawId(id), { attachmentIds: [b] });
    expect(edit.errors ?? []).toEqual([]);
    const names = (await env.api.data(ATTACHMENTS, { id }, w.viewers.lead)).suggestion.attachments.map((x: { file: { name: string } }) => x.file.name);
    expect(names).toEqual(["照片.pdf"]);
  });

  it("refuses another account's file or one already on another suggestion, naming the entry, and creates nothing", async () => {
    const theirs = await uploadedBy("wh.staff");
    const used = await uploadedBy("wh.deputy");
    await env.api.data(CREATE, draftInput({ attachmentIds: [used] }), w.viewers.lead);
    const before = await env.db.prisma.suggestion.count();
    for (const fileId of [theirs, used, globalId("StoredFile", randomUUID())]) {
      const refused = await env.api.run(CREATE, draftInput({ attachmentIds: [fileId] }), w.viewers.lead);
      expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
      expect((refused.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(["input.attachmentIds.0"]);
    }
    expect(await env.db.prisma.suggestion.count()).toBe(before);
  });

  it("the lead unit sends files with its reply; a sibling county's staff cannot read them", async () => {
    const f = await suggestionIn(env.db.prisma, w, "HANDLING");
    const file = await uploadedBy("wh.unit", "答复函.pdf");
    const reply = await act(env.api, env.db.prisma, w.viewers.leadUnit, "replyToSuggestion", f.id, {
      class: "A", body: "已解决。", signedBy: "张局长", repliedOn: "2026-11-20", attachmentIds: [file],
    });
    expect(reply.errors ?? []).toEqual([]);
    const id = globalId("Suggestion", f.id);
    const seen = await env.api.data(ATTACHMENTS, { id }, w.viewers.lead);
    expect(seen.suggestion.attachments).toEqual([expect.objectContaining({ file: expect.objectContaining({ name: "答复函.pdf" }), forReply: true })]);
    expect((await env.api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: file }, w.viewers.siblingStaff)).node).toBeNull();
    expect((await env.api.data(ATTACHMENTS, { id }, w.viewers.siblingStaff)).suggestion).toBeNull();
  });
});
