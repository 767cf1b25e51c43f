import { withCheckCharacter } from "../../api/lib/id-number";
import { publicDeputy } from "../../api/modules/deputies/public-page";
import { codes, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";
import { DEPUTY_ROW_MESSAGES } from "../../api/modules/imports/messages";

const env = useDemoApi();

const REGISTER = `mutation ($input: RegisterDeputyInput!) { registerDeputy(input: $input) {
  id version person { name birthYearMonth birthDate idNumber phone } congress { name }
} }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateDeputyInput!) { updateDeputy(id: $id, input: $input) { version party person { name } } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Deputy { person { name birthYearMonth birthDate idNumber phone } } } }`;
const IMPORT = `mutation ($input: ImportDeputiesInput!) { importDeputies(input: $input) { applied created reusedPersons errors { row column message } } }`;

async function termIdOf(region: string): Promise<string> {
  const term = await env.db.prisma.term.findFirstOrThrow({ where: { congress: { region: { name: region } } } });
  return globalId("Term", term.id);
}

type PersonRow = Awaited<ReturnType<typeof loadWuhuaPersons>>[number];
let wuhuaPersons: PersonRow[] | undefined;

function loadWuhuaPersons() {
  return env.db.prisma.person.findMany({ where: { memberships: { every: { congress: { region: { name: "五华区" } } } } }, orderBy: { id: "asc" }, include: { memberships: true } });
}

/** The n-th 五华区 deputy whose person belonged to 五华区 only before these tests ran. */
async function wuhuaPerson(n: number): Promise<PersonRow> {
  wuhuaPersons ??= await loadWuhuaPersons();
  return wuhuaPersons[n];
}

async function daliRegistration(person: { name: string; idNumber: string | null }, extra: Record<string, unknown> = {}) {
  return {
    person: { name: person.name, gender: "MALE", ethnicity: "白族", birthDate: "2001-01-01", idNumber: person.idNumber, phone: "13700000000", ...extra },
    congressId: await congressIdOf(env.db.prisma, "大理白族自治州"),
    termId: await termIdOf("大理白族自治州"),
    constituency: "大理市",
    occupation: "FARMER",
    grassroots: true,
    party: "群众",
  };
}

describe("a person shared by ID number across jurisdictions", () => {
  it("links the membership without revealing or rewriting the other congress's person, and masks it in the answer", async () => {
    const dali = await demoViewer(env.db.prisma, "dl.admin");
    const person = await wuhuaPerson(0);
    const created = (await env.api.data(REGISTER, { input: await daliRegistration(person) }, dali)).registerDeputy;
    expect(created.person).toEqual({ name: person.name, birthYearMonth: person.birthDate!.toISOString().slice(0, 7), birthDate: null, idNumber: null, phone: null });
    const after = await env.db.prisma.person.findUniqueOrThrow({ where: { id: person.id }, include: { memberships: true } });
    expect([after.phone, after.birthDate, after.gender, after.ethnicity]).toEqual([person.phone, person.birthDate, person.gender, person.ethnicity]);
    expect(after.memberships).toHaveLength(person.memberships.length + 1);

    const again = await env.api.run(REGISTER, { input: await daliRegistration(person) }, dali);
    expect(codes(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0].message).toBe("A deputy with this ID number is already registered in this congress and term.");
  });

  it("refuses an ID number registered under another name without naming the person", async () => {
    const person = await wuhuaPerson(1);
    const before = await env.db.prisma.deputyMembership.count();
    const result = await env.api.run(REGISTER, { input: await daliRegistration(person, { name: "冒名者" }) }, await demoViewer(env.db.prisma, "dl.admin"));
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(result.errors![0].message).not.toContain(person.name);
    expect(await env.db.prisma.deputyMembership.count()).toBe(before);
  });

  it("lets only administrators over every membership edit the person, naming the congress above both", async () => {
    const dali = await demoViewer(env.db.prisma, "dl.admin");
    const person = await wuhuaPerson(2);
    const created = (await env.api.data(REGISTER, { input: await daliRegistration(person) }, dali)).registerDeputy;
    const membershipOnly = { constituency: "大理市", occupation: "FARMER", grassroots: true, party: "中共党员", version: created.version };

    const rename = await env.api.run(UPDATE, { id: created.id, input: { ...membershipOnly, person: { name: "改名者", gender: person.gender, ethnicity: person.ethnicity } } }, dali);
    expect(codes(rename)).toEqual(["FORBIDDEN"]);
    expect(rename.errors![0].message).toMatch(/another congress.*云南省人民代表大会/);
    expect((await env.db.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).name).toBe(person.name);

    // Sending back what the caller reads (private fields null) changes membership fields only.
    const echoed = { name: person.name, gender: person.gender, ethnicity: person.ethnicity, birthDate: null, idNumber: null, phone: null };
    const updated = (await env.api.data(UPDATE, { id: created.id, input: { ...membershipOnly, person: echoed } }, dali)).updateDeputy;
    expect(updated.party).toBe("中共党员");
    const withoutPerson = (await env.api.data(UPDATE, { id: created.id, input: { ...membershipOnly, party: "群众", version: updated.version } }, dali)).updateDeputy;
    expect(withoutPerson.party).toBe("群众");
    const unchanged = await env.db.prisma.person.findUniqueOrThrow({ where: { id: person.id } });
    expect([unchanged.name, unchanged.phone, unchanged.idNumber, unchanged.birthDate]).toEqual([person.name, person.phone, person.idNumber, person.birthDate]);

    // The 五华区 side may not rename it either now; the province may.
    const wuhuaMembership = globalId("Deputy", person.memberships[0].id);
    const wuhuaVersion = person.memberships[0].version;
    const wuhuaInput = { constituency: person.memberships[0].constituency, occupation: person.memberships[0].occupation, grassroots: true, party: "群众", version: wuhuaVersion };
    expect(codes(await env.api.run(UPDATE, { id: wuhuaMembership, input: { ...wuhuaInput, person: { ...echoed, name: "改名者" } } }, await demoViewer(env.db.prisma, "wh.admin")))).toEqual(["FORBIDDEN"]);
    // Absent private fields stay, even for a caller who could clear them.
    const renamed = await env.api.data(UPDATE, { id: wuhuaMembership, input: { ...wuhuaInput, person: { name: "改名者", gender: person.gender, ethnicity: person.ethnicity } } }, await demoViewer(env.db.prisma, "yn.admin"));
    expect(renamed.updateDeputy.person.name).toBe("改名者");
    const province = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "云南省" } } });
    const audit = await env.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "updatePerson", entityId: person.id } });
    expect([audit.congressPath, audit.before, audit.after]).toEqual([province.path, { name: person.name }, { name: "改名者" }]);
    expect((await env.db.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).phone).toBe(person.phone);
  });

  it("shows private fields only to those who keep the rolls over every membership, and the birth month to everyone", async () => {
    const person = await wuhuaPerson(0); // linked to 大理州 by the first test
    const wuhuaMembership = globalId("Deputy", person.memberships[0].id);
    const read = async (username?: string) => (await env.api.data(READ, { id: wuhuaMembership }, username ? await demoViewer(env.db.prisma, username) : undefined)).node.person;
    const month = person.birthDate!.toISOString().slice(0, 7);
    for (const outsider of [undefined, "wh.admin", "km.admin", "dl.admin", "wh.staff"]) {
      expect([outsider, await read(outsider)]).toEqual([outsider, { name: person.name, birthYearMonth: month, birthDate: null, idNumber: null, phone: null }]);
    }
    expect(await read("yn.admin")).toMatchObject({ idNumber: person.idNumber, phone: person.phone, birthDate: person.birthDate!.toISOString().slice(0, 10) });
    const notShared = await wuhuaPerson(4);
    const own = (await env.api.data(READ, { id: globalId("Deputy", notShared.memberships[0].id) }, await demoViewer(env.db.prisma, "wh.admin"))).node.person;
    expect(own.idNumber).toBe(notShared.idNumber);

    const page = await publicDeputy(env.db.prisma, person.publicCode);
    expect(page).toMatchObject({ name: person.name, birthYearMonth: month });
    expect(JSON.stringify(page)).not.toContain(person.birthDate!.toISOString().slice(0, 10));
  });

  it("the import links a known ID number under the same name, refuses another name without naming the person, and edits nothing", async () => {
    const person = await wuhuaPerson(3);
    const header = "姓名,性别,民族,出生日期,身份证号,电话,原选区,代表团,职业构成,基层代表,政治面貌";
    const file = (name: string) => Buffer.from([header, `${name},女,汉族,2001-01-01,${person.idNumber},13700000000,大理市,,农民,是,群众`].join("\r\n"), "utf8").toString("base64");
    const destination = { congressId: await congressIdOf(env.db.prisma, "大理白族自治州"), termId: await termIdOf("大理白族自治州"), format: "CSV", dryRun: false };
    const dali = await demoViewer(env.db.prisma, "dl.admin");
    const refused = (await env.api.data(IMPORT, { input: { ...destination, fileBase64: file("冒名者") } }, dali)).importDeputies;
    expect(refused.applied).toBe(false);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0].message).toBe(DEPUTY_ROW_MESSAGES.idUnderOtherName.en);
    expect(refused.errors[0].message).not.toContain(person.name);

    const linked = (await env.api.data(IMPORT, { input: { ...destination, fileBase64: file(person.name) } }, dali)).importDeputies;
    expect(linked).toMatchObject({ applied: true, created: 1, reusedPersons: 1 });
    const after = await env.db.prisma.person.findUniqueOrThrow({ where: { id: person.id } });
    expect([after.phone, after.gender, after.birthDate]).toEqual([person.phone, person.gender, person.birthDate]);

    const again = (await env.api.data(IMPORT, { input: { ...destination, fileBase64: file(person.name) } }, dali)).importDeputies;
    expect(again.errors[0].message).toBe(DEPUTY_ROW_MESSAGES.alreadyDeputy.en);
  });

  it("two registrations of one new ID number at the same time make one person, and neither fails with a server error", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const idNumber = withCheckCharacter("53010219900707771");
    const registration = async (region: string) => ({
      person: { name: "并发者", gender: "FEMALE", ethnicity: "汉族", idNumber },
      congressId: await congressIdOf(env.db.prisma, region),
      termId: await termIdOf(region),
      constituency: "第1选区",
      occupation: "WORKER",
      grassroots: true,
      party: "群众",
    });
    const [county, township] = await Promise.all([
      env.api.run(REGISTER, { input: await registration("五华区") }, staff),
      env.api.run(REGISTER, { input: await registration("沙朗白族乡") }, staff),
    ]);
    expect([codes(county), codes(township)]).toEqual([[], []]);
    expect(await env.db.prisma.person.count({ where: { idNumber } })).toBe(1);

    const sameTwice = await registration("五华区");
    const other = withCheckCharacter("53010219900707772");
    const both = await Promise.all([1, 2].map(() => env.api.run(REGISTER, { input: { ...sameTwice, person: { ...sameTwice.person, idNumber: other } } }, staff)));
    expect(both.map(codes).sort()).toEqual([[], ["CONFLICT"]]);
    expect(both.find((r) => r.errors)!.errors![0].message).toBe("A deputy with this ID number is already registered in this congress and term.");
  });
});
