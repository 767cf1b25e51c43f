// The suggestion cases of `npm run bench`: a unit's queue, a county's filtered list and one
// suggestion's timeline, each beside the same rows from one hand-written SQL statement (the floor).
import type pg from "pg";

export interface BenchOp {
  name: string;
  token: string | undefined;
  query: string;
  variables: () => Record<string, unknown>;
  sql: string;
  params: () => unknown[];
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const WAITING = ["ASSIGNED", "HANDLING", "REHANDLING"];
const LISTED = ["HANDLING", "REPLIED", "IMPLEMENTING"];
const SEARCH = "交通";

/** The busiest unit's staff account, the county with the most suggestions, and suggestions with a long history there. */
async function pickSubjects(pool: pg.Pool) {
  const { rows: [unit] } = await pool.query(
    `SELECT u.username, u.id AS "userId", count(*)::int AS waiting FROM "SuggestionUnit" su
       JOIN "Suggestion" s ON s.id = su."suggestionId" AND s.state = ANY($1::"SuggestionState"[])
       JOIN "UserHandlingUnit" uh ON uh."unitId" = su."unitId" JOIN "User" u ON u.id = uh."userId"
      WHERE su."endedAt" IS NULL GROUP BY u.username, u.id ORDER BY waiting DESC, u.username LIMIT 1`,
    [WAITING],
  );
  const { rows: [county] } = await pool.query(
    `SELECT u.username, c.id, c.path FROM "User" u JOIN "RoleGrant" g ON g."userId" = u.id AND g.role = 'CONGRESS_ADMIN'
       JOIN "Congress" c ON c.id = g."congressId" AND c.level = 'COUNTY'
      ORDER BY (SELECT count(*) FROM "Suggestion" s WHERE s."congressPath" LIKE c.path || '%') DESC, u.username LIMIT 1`,
  );
  const histories = (
    await pool.query(
      `SELECT s.id FROM "Suggestion" s WHERE s."congressPath" LIKE $1 AND s.state = 'CLOSED' AND EXISTS (SELECT 1 FROM "Commitment" c WHERE c."suggestionId" = s.id) ORDER BY s.id LIMIT 50`,
      [`${county.path}%`],
    )
  ).rows.map((r) => r.id as string);
  if (!unit || !county || !histories.length) throw new Error("No generated suggestions: run `npm run datagen` again (it now generates suggestions).");
  return { unit, county, histories };
}

export async function suggestionOps(pool: pg.Pool, login: (username: string) => Promise<string>): Promise<{ ops: BenchOp[]; subjects: string }> {
  const { unit, county, histories } = await pickSubjects(pool);
  const unitToken = await login(unit.username);
  const countyToken = await login(county.username);
  let next = 0;
  const someHistory = () => histories[next++ % histories.length];
  const ops: BenchOp[] = [
    {
      name: "unit's queue (20, soonest due first)",
      token: unitToken,
      query: `query ($states: [SuggestionState!]) { suggestions(first: 20, filter: { states: $states }, sortBy: REPLY_DUE) { totalCount edges { node { id number title state replyDueOn overdue lead { person { name } } } } } }`,
      variables: () => ({ states: WAITING }),
      // The read scope as the API's (led, co-signed, or assigned to the account's units), written with id subqueries.
      sql: `WITH me AS (SELECT m.id FROM "DeputyMembership" m JOIN "User" u ON u."personId" = m."personId" WHERE u.id = $1),
            mine AS (
              SELECT s.id, s.number, s.title, s.state, s."replyDueOn", s."leadMembershipId" FROM "Suggestion" s
               WHERE s.state = ANY($2::"SuggestionState"[]) AND (
                 s."leadMembershipId" IN (SELECT id FROM me)
                 OR s.id IN (SELECT "suggestionId" FROM "SuggestionCoSigner" WHERE "membershipId" IN (SELECT id FROM me))
                 OR s.id IN (SELECT su."suggestionId" FROM "SuggestionUnit" su JOIN "UserHandlingUnit" uh ON uh."unitId" = su."unitId" WHERE su."endedAt" IS NULL AND uh."userId" = $1)))
            SELECT page.*, page."replyDueOn" < (now() AT TIME ZONE 'Asia/Shanghai')::date AS overdue, p.name, (SELECT count(*) FROM mine) AS total
              FROM (SELECT * FROM mine ORDER BY "replyDueOn" NULLS LAST, id LIMIT 20) page
              JOIN "DeputyMembership" m ON m.id = page."leadMembershipId" JOIN "Person" p ON p.id = m."personId"`,
      params: () => [unit.userId, WAITING],
    },
    {
      name: "county's suggestions: states + search (50)",
      token: countyToken,
      query: `query ($c: ID!, $states: [SuggestionState!], $q: String) { suggestions(first: 50, filter: { withinCongressId: $c, states: $states, search: $q }) {
                totalCount edges { node { id number title state updatedAt replyDueOn lead { person { name } } units { role unit { name } } } } } }`,
      variables: () => ({ c: gid("Congress", county.id), states: LISTED, q: SEARCH }),
      sql: `WITH hits AS (
              SELECT s.id, s.number, s.title, s.state, s."updatedAt", s."replyDueOn", s."leadMembershipId" FROM "Suggestion" s
               WHERE s."congressPath" LIKE $1 AND s.state = ANY($2::"SuggestionState"[]) AND s.title LIKE $3)
            SELECT page.*, p.name, (SELECT count(*) FROM hits) AS total,
                   (SELECT json_agg(json_build_object('role', su.role, 'unit', hu.name)) FROM "SuggestionUnit" su JOIN "HandlingUnit" hu ON hu.id = su."unitId" WHERE su."suggestionId" = page.id) AS units
              FROM (SELECT * FROM hits ORDER BY "updatedAt" DESC, id DESC LIMIT 50) page
              JOIN "DeputyMembership" m ON m.id = page."leadMembershipId" JOIN "Person" p ON p.id = m."personId"`,
      params: () => [`${county.path}%`, LISTED, `%${SEARCH}%`],
    },
    {
      name: "a suggestion's timeline",
      token: countyToken,
      query: `query ($id: ID!) { suggestion(id: $id) { id number title state
                events { action fromState toState actorName comment createdAt }
                consultations { heldOn form participants summary }
                replies { round class body signedBy repliedOn }
                commitments { description dueOn status progress { note createdAt } }
                evaluations { stage byLead satisfaction comment createdAt } } }`,
      variables: () => ({ id: gid("Suggestion", someHistory()) }),
      sql: `SELECT s.id, s.number, s.title, s.state,
              (SELECT json_agg(e ORDER BY e."createdAt") FROM (SELECT action, "fromState", "toState", "actorName", comment, "createdAt" FROM "SuggestionEvent" WHERE "suggestionId" = s.id) e) AS events,
              (SELECT json_agg(c ORDER BY c."heldOn") FROM (SELECT "heldOn", form, participants, summary FROM "Consultation" WHERE "suggestionId" = s.id) c) AS consultations,
              (SELECT json_agg(r ORDER BY r.round) FROM (SELECT round, class, body, "signedBy", "repliedOn" FROM "SuggestionReply" WHERE "suggestionId" = s.id) r) AS replies,
              (SELECT json_agg(json_build_object('description', c.description, 'dueOn', c."dueOn", 'status', c.status,
                   'progress', (SELECT json_agg(json_build_object('note', p.note, 'createdAt', p."createdAt") ORDER BY p."createdAt") FROM "CommitmentProgress" p WHERE p."commitmentId" = c.id)) ORDER BY c."dueOn")
                 FROM "Commitment" c WHERE c."suggestionId" = s.id) AS commitments,
              (SELECT json_agg(v ORDER BY v."createdAt") FROM (SELECT stage, "byLead", satisfaction, comment, "createdAt" FROM "SuggestionEvaluation" WHERE "suggestionId" = s.id) v) AS evaluations
            FROM "Suggestion" s WHERE s.id = $1`,
      params: () => [someHistory()],
    },
  ];
  return { ops, subjects: `unit queue of ${unit.username} (${unit.waiting} waiting); county list and timelines as ${county.username}` };
}
