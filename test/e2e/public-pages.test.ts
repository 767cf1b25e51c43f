import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { startPlatform, type Platform } from "../../api/platform";
import { useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform(loadConfig({ DATABASE_URL: env.db.url, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "silent", JWT_SECRET: "x".repeat(40) }), createLogger("silent"));
});
afterAll(async () => {
  await platform?.stop();
});

const get = (path: string, accept = "application/json") => fetch(`${platform.url}${path}`, { headers: { accept } });

describe("QR code pages", () => {
  it("a station's page lists its deputies and nothing private", async () => {
    const station = await env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });
    const response = await get(`/s/${station.publicCode}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ name: "五华区人大代表之家", congress: "五华区人民代表大会", kind: "DEPUTY_HOME" });
    expect(body.deputies).toHaveLength(5);
    const raw = JSON.stringify(body);
    expect(raw).not.toContain("0871-60000000");
    expect(raw).not.toMatch(/idNumber|"phone"|keeperPhone/);

    const html = await (await get(`/s/${station.publicCode}`, "text/html")).text();
    expect(html).toContain("五华区人大代表之家");
    expect(html).toContain(`href="/d/${body.deputies[0].code}"`);
  });

  it("a deputy's page shows the memberships and the stations, never the ID number", async () => {
    const person = await env.db.prisma.person.findFirstOrThrow({ where: { memberships: { some: { congress: { region: { name: "五华区" } } } } } });
    const body = await (await get(`/d/${person.publicCode}`)).json();
    expect(body.name).toBe(person.name);
    expect(body.memberships[0]).toMatchObject({ congress: "五华区人民代表大会", term: 18, status: "ACTIVE" });
    expect(body.memberships[0].stations.map((s: { name: string }) => s.name)).toContain("五华区人大代表之家");
    expect(JSON.stringify(body)).not.toContain(person.idNumber!);
    const [year, month, day] = person.birthDate!.toISOString().slice(0, 10).split("-");
    expect(body.birthYearMonth).toBe(`${year}-${month}`);
    expect(JSON.stringify(body)).not.toContain(`${year}-${month}-${day}`);
    const html = await (await get(`/d/${person.publicCode}`, "text/html")).text();
    expect(html).toContain(`${year}年${Number(month)}月生`);
    expect(html).not.toContain(`${year}-${month}-${day}`);
  });

  it("serves the QR code as SVG and PNG, pointing at the page", async () => {
    const station = await env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });
    const svg = await get(`/s/${station.publicCode}/qr.svg`);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(await svg.text()).toMatch(/^<svg/);
    const png = Buffer.from(await (await get(`/s/${station.publicCode}/qr.png`)).arrayBuffer());
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  });

  it("a rotated code stops working and the new one works", async () => {
    const station = await env.db.prisma.station.findFirstOrThrow({ where: { name: "盘龙区人大代表之家" } });
    await env.api.data(`mutation ($id: ID!) { rotateStationCode(id: $id) { publicCode } }`, { id: globalId("Station", station.id) }, await demoViewer(env.db.prisma, "km.admin"));
    const rotated = await env.db.prisma.station.findUniqueOrThrow({ where: { id: station.id } });
    expect(rotated.publicCode).not.toBe(station.publicCode);
    expect((await get(`/s/${station.publicCode}`)).status).toBe(404);
    expect((await get(`/s/${rotated.publicCode}`)).status).toBe(200);
    expect((await get(`/s/not-a-code`)).status).toBe(404);
  });
});

describe("the HTTP server", () => {
  it("answers health and readiness, and refuses cross-site form posts to /graphql", async () => {
    expect(await (await get("/healthz")).json()).toEqual({ status: "ok", database: "ok" });
    expect((await get("/readyz")).status).toBe(200);
    const csrf = await fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ me { id } }"}' });
    expect(csrf.status).toBe(400);
  });

  it("refuses a bad access token with HTTP 401", async () => {
    const response = await fetch(`${platform.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer not-a-token" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
