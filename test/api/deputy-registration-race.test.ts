// Two registrations of one new ID number at once, in two congresses: both must succeed and share one
// person. The loser of the race fails on the person's unique index (P2002, not a P2034 write conflict),
// so this is what deputies/service.ts `retryingUniqueRaces` is for: `inTransaction` retries P2034 only.
import { withCheckCharacter } from "../../api/lib/id-number";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const REGISTER = `mutation ($input: RegisterDeputyInput!) { registerDeputy(input: $input) { id } }`;

async function registration(region: string, idNumber: string) {
  const congress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: region } }, include: { terms: true } });
  return {
    person: { name: "并发登记者", gender: "FEMALE", ethnicity: "汉族", idNumber },
    congressId: globalId("Congress", congress.id),
    termId: globalId("Term", congress.terms[0].id),
    constituency: "第1选区",
    occupation: "WORKER",
    grassroots: true,
    party: "群众",
  };
}

it("registers one new ID number in two congresses at the same moment: both succeed with one person", async () => {
  const admin = await demoViewer(env.db.prisma, "km.admin");
  const outcomes: string[] = [];
  for (let i = 0; i < 6; i++) {
    const idNumber = withCheckCharacter(`53010219900101${String(500 + i)}`);
    const inputs = await Promise.all([registration("五华区", idNumber), registration("盘龙区", idNumber)]);
    const results = await Promise.all(inputs.map((input) => env.api.run(REGISTER, { input }, admin)));
    outcomes.push(...results.map((r) => (r.errors?.length ? `${codes(r)[0]} ${r.errors[0].message}` : "OK")));
    expect(await env.db.prisma.person.count({ where: { idNumber } })).toBe(1);
  }
  expect(outcomes.filter((o) => o !== "OK")).toEqual([]);
});
