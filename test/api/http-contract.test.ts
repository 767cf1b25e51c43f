import http from "node:http";
import QRCode from "qrcode";
import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { statusForCodes } from "../../api/http/status";
import { startPlatform, type Platform } from "../../api/platform";
import { useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();
const PUBLIC_URL = "https://renda.example.cn";
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform(
    loadConfig({ DATABASE_URL: env.db.url, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "silent", JWT_SECRET: "x".repeat(40), PUBLIC_URL }),
    createLogger("silent"),
  );
});
afterAll(async () => {
  await platform?.stop();
});

/** A raw request, so that Host and every other header go out exactly as given. */
function request(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${platform.url}${path}`, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

async function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await request("/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { ...res, json: JSON.parse(res.body.toString("utf8")) };
}

describe("HTTP statuses follow the error codes", () => {
  it("UNAUTHENTICATED answers 401: anonymous mutation, wrong password, refused refresh", async () => {
    const anonymous = await graphql(`mutation { rotateStationCode(id: "${globalId("Station", "00000000-0000-4000-8000-000000000000")}") { id } }`);
    expect(anonymous.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(anonymous.status).toBe(401);

    const login = await graphql(`mutation { login(username: "wh.admin", password: "wrong-password") { accessToken } }`);
    expect(login.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(login.status).toBe(401);

    const refresh = await graphql(`mutation { refreshToken(refreshToken: "rt_not-a-real-token") { accessToken } }`);
    expect(refresh.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(refresh.status).toBe(401);
  });

  it("a public field and a signed-in-only field: 401, and no `http` extension leaks", async () => {
    const mixed = await graphql(`{ stations(first: 1) { totalCount } users(first: 1) { totalCount } }`);
    expect(mixed.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(mixed.status).toBe(401);
    expect(JSON.stringify(mixed.json)).not.toContain('"http"');
  });

  it("errors from several fields: the highest status wins, whatever the field order", () => {
    expect(statusForCodes(["QUERY_TOO_DEEP", "UNAUTHENTICATED"])).toBe(401);
    expect(statusForCodes(["UNAUTHENTICATED", "RATE_LIMITED", "FORBIDDEN"])).toBe(429);
    expect(statusForCodes(["RATE_LIMITED", "SERVICE_UNAVAILABLE"])).toBe(503);
    expect(statusForCodes(["FORBIDDEN", "NOT_FOUND", "CONFLICT"])).toBeUndefined();
  });

  it("an API key sees its RateLimit-* headers, then 429 with Retry-After once over its limit", async () => {
    const admin = await demoViewer(env.db.prisma, "km.admin");
    const congressId = await congressIdOf(env.db.prisma, "昆明市");
    const { createApiKey } = await env.api.data(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: "限流测试", congressId, scopes: ["PUBLIC_READ"], rateLimitPerMinute: 2 } },
      admin,
    );
    const call = () => graphql(`{ stations(first: 1) { totalCount } }`, {}, { "x-api-key": createApiKey.secret });
    const first = await call();
    expect(first.status).toBe(200);
    expect(first.headers["ratelimit-limit"]).toBe("2");
    expect(first.headers["ratelimit-remaining"]).toBe("1");
    expect(Number(first.headers["ratelimit-reset"])).toBeGreaterThan(0);
    await call();
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(refused.json.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.headers["retry-after"]).toBe(String(refused.json.errors[0].extensions.retryAfterSeconds));
    expect(refused.headers["ratelimit-remaining"]).toBe("0");
  });
});

describe("links and QR codes use PUBLIC_URL, never the Host header", () => {
  it("Host: evil.example does not change the QR code", async () => {
    const station = await env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });
    const expected = await QRCode.toString(`${PUBLIC_URL}/s/${station.publicCode}`, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    const spoofed = await request(`/s/${station.publicCode}/qr.svg`, { headers: { host: "evil.example", "x-forwarded-proto": "https" } });
    expect(spoofed.status).toBe(200);
    expect(spoofed.body.toString("utf8")).toBe(expected);

    const person = await env.db.prisma.person.findFirstOrThrow({ where: { memberships: { some: {} } } });
    const png = await request(`/d/${person.publicCode}/qr.png`, { headers: { host: "evil.example" } });
    const expectedPng = await QRCode.toBuffer(`${PUBLIC_URL}/d/${person.publicCode}`, { type: "png", margin: 2, width: 512, errorCorrectionLevel: "M" });
    expect(png.body.equals(expectedPng)).toBe(true);
  });

  it("an unknown code answers a JSON 404 to a program, text to a person", async () => {
    const json = await request("/s/ZZZZZZZZZZZZZZZZ", { headers: { accept: "application/json" } });
    expect(json.status).toBe(404);
    expect(json.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(json.body.toString("utf8"))).toMatchObject({ code: "NOT_FOUND" });
    const text = await request("/d/ZZZZZZZZZZZZZZZZ", { headers: { accept: "text/html" } });
    expect(text.status).toBe(404);
    expect(text.headers["content-type"]).toMatch(/^text\/plain/);
  });
});

describe("configuration", () => {
  it("refuses CORS_ORIGINS=* with credentials at start-up, accepts a list", () => {
    expect(() => loadConfig({ CORS_ORIGINS: "*", CORS_ALLOW_CREDENTIALS: "true" })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: "not a url" })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, http://b.example:8080/", CORS_ALLOW_CREDENTIALS: "true" }).CORS_ORIGINS).toEqual([
      "https://a.example",
      "http://b.example:8080",
    ]);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
  });
});

describe("stations near a point", () => {
  // Far from the demo stations (昆明, 大理), so only the stations placed here are near it.
  const origin = { latitude: 24.0, longitude: 101.0 };
  const R = 6371.0088;
  const north = (km: number) => ({ latitude: origin.latitude + (km / R) * (180 / Math.PI), longitude: origin.longitude });
  const east = (km: number) => ({
    latitude: origin.latitude,
    longitude: origin.longitude + 2 * Math.asin(Math.sin(km / (2 * R)) / Math.cos((origin.latitude * Math.PI) / 180)) * (180 / Math.PI),
  });
  const NEAR = `query ($f: StationFilter) { stations(filter: $f, first: 50) { totalCount edges { node { name distanceKm } } } }`;

  beforeAll(async () => {
    const template = await env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });
    const place = (name: string, at: { latitude: number; longitude: number }, code: string) =>
      env.db.prisma.station.create({
        data: { name, kind: "PROFESSIONAL_STATION", congressId: template.congressId, regionId: template.regionId, congressPath: template.congressPath, address: "测试地址", publicCode: code, ...at },
      });
    await place("北四公里站", north(4.0), "NEARTEST000000A1");
    await place("东一公里站", east(1.0), "NEARTEST000000B2");
    await place("北二点五公里站", north(2.5), "NEARTEST000000C3");
    // Inside the square around a 3 km circle, yet about 4.1 km away: only a true distance leaves it out.
    await place("东北角站", { latitude: north(2.9).latitude, longitude: east(2.9).longitude }, "NEARTEST000000D4");
  });

  it("returns only stations within the great-circle radius, nearest first, with their distance to 10 m", async () => {
    const within3 = await env.api.data(NEAR, { f: { near: { ...origin, radiusKm: 3 } } });
    expect(within3.stations.edges.map((e: any) => e.node.name)).toEqual(["东一公里站", "北二点五公里站"]);
    expect(within3.stations.totalCount).toBe(2);
    const within5 = await env.api.data(NEAR, { f: { near: { ...origin, radiusKm: 5 } } });
    const found = within5.stations.edges.map((e: any) => [e.node.name, e.node.distanceKm]);
    expect(found.map(([name]: [string]) => name)).toEqual(["东一公里站", "北二点五公里站", "北四公里站", "东北角站"]);
    for (const [[, km], expected] of found.map((f: [string, number], i: number) => [f, [1.0, 2.5, 4.0, 4.1][i]])) {
      expect(Math.abs(km - expected)).toBeLessThan(0.01);
    }
    const plain = await env.api.data(NEAR, { f: { search: "东一公里站" } });
    expect(plain.stations.edges[0].node.distanceKm).toBeNull();
  });

  it("refuses a point or radius out of range, naming the field", async () => {
    const problems = async (near: Record<string, number>) => {
      const result = await env.api.run(NEAR, { f: { near } });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      return (result.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
    };
    expect(await problems({ latitude: 91, longitude: 0, radiusKm: 1 })).toEqual(["filter.near.latitude"]);
    expect(await problems({ latitude: 0, longitude: -181, radiusKm: 1 })).toEqual(["filter.near.longitude"]);
    expect(await problems({ latitude: 0, longitude: 0, radiusKm: 0 })).toEqual(["filter.near.radiusKm"]);
    expect(await problems({ latitude: 0, longitude: 0, radiusKm: 100.5 })).toEqual(["filter.near.radiusKm"]);
  });
});

describe("database refusals carry no internals", () => {
  const INTERNALS = /Prisma|DriverAdapter|23505|23503|\bSELECT\b|\bINSERT\b|\bUPDATE\b|constraint|\n\s+at /i;

  it("a duplicate station name is a CONFLICT naming input.name, without driver or SQL text", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const existing = await env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" }, include: { region: true } });
    const result = await env.api.run(
      `mutation ($input: CreateStationInput!) { createStation(input: $input) { id } }`,
      {
        input: {
          congressId: globalId("Congress", existing.congressId),
          regionId: globalId("Region", existing.regionId),
          kind: existing.kind,
          name: existing.name,
          address: "昆明市五华区",
        },
      },
      admin,
    );
    const [error] = result.errors ?? [];
    expect(error?.extensions?.code).toBe("CONFLICT");
    expect(error?.extensions?.fields).toEqual([{ field: "input.name", message: "already taken" }]);
    expect(error?.message).toMatch(/already exists with the same name/);
    expect(JSON.stringify(result.errors)).not.toMatch(INTERNALS);
  });
});
