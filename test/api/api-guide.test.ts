import { readFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { startPlatform, type Platform } from "../../api/platform";
import { useDemoApi } from "../helpers/api";

/**
 * Runs every example of docs/API.md, in order, against a live server on a fresh demo database.
 * An example is a ```graphql block (leading `# Header: value` lines are request headers,
 * `# variables: {...}` its variables), an optional `<!-- http: 401 -->` marker (200 otherwise), and
 * the ```json block of the answer. In the answer "…" stands for any value, "…" inside a string for
 * any text, a final "…" in an array for any further items, and "<name>" for any value that later
 * examples use as "$name" (in headers, variables, and string literals of the query).
 */

const GUIDE = path.join(__dirname, "../../docs/API.md");
const HEADER_NAMES = new Set(["authorization", "x-api-key", "content-type", "apollo-require-preflight", "accept-language"]);
const ANY = "…";

interface Example {
  title: string;
  query: string;
  headers: Record<string, string>;
  variables: unknown;
  status: number;
  response: unknown;
}

function parseGuide(markdown: string): Example[] {
  const examples: Example[] = [];
  let current: Example | null = null;
  let heading = "";
  const pieces = /^#{1,3} (.+)$|^```(graphql|json)\n([\s\S]*?)^```$|<!-- http: (\d{3}) -->/gm;
  for (const match of markdown.matchAll(pieces)) {
    const [, title, language, body, status] = match;
    if (title) heading = title;
    else if (status) {
      if (!current || current.response !== undefined) throw new Error(`http marker without a graphql example before it, under "${heading}"`);
      current.status = Number(status);
    } else if (language === "graphql") {
      if (current && current.response === undefined) throw new Error(`example without a json answer: ${current.title}`);
      current = { title: "", query: "", headers: {}, variables: {}, status: 200, response: undefined };
      const lines = body.split("\n");
      for (const line of lines) {
        if (!line.startsWith("#")) break;
        const option = /^# ([A-Za-z-]+): (.+)$/.exec(line);
        if (option?.[1] === "variables") current.variables = JSON.parse(option[2]);
        else if (option && HEADER_NAMES.has(option[1].toLowerCase())) current.headers[option[1].toLowerCase()] = option[2];
      }
      current.query = body;
      current.title = `${heading}: ${lines.find((l) => l.trim() && !l.startsWith("#"))?.trim().slice(0, 70)}`;
      examples.push(current);
    } else if (current && current.response === undefined) {
      current.response = JSON.parse(body);
    }
  }
  if (current && current.response === undefined) throw new Error(`example without a json answer: ${current.title}`);
  return examples;
}

/** "$name" → the value captured as <name>; inside a longer string, its text. */
function substitute(value: unknown, saved: Map<string, unknown>): unknown {
  if (typeof value === "string") {
    const whole = /^\$([A-Za-z]\w*)$/.exec(value);
    if (whole) return lookup(saved, whole[1]);
    return value.replace(/\$([A-Za-z]\w*)/g, (_m, name: string) => String(lookup(saved, name)));
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, saved));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, saved)]));
  return value;
}

function lookup(saved: Map<string, unknown>, name: string): unknown {
  if (!saved.has(name)) throw new Error(`$${name} is used before an example's answer names it <${name}>`);
  return saved.get(name);
}

/** String literals "$name" in the query text become the saved value as a GraphQL literal. */
function substituteQuery(query: string, saved: Map<string, unknown>): string {
  return query.replace(/"\$([A-Za-z]\w*)"/g, (_m, name: string) => JSON.stringify(lookup(saved, name)));
}

function textMatches(pattern: string, actual: string): boolean {
  const escaped = pattern.split(ANY).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[\\s\\S]*")}$`).test(actual);
}

/** Differences between the documented answer and the real one, as "path: why" lines. */
function compare(expected: unknown, actual: unknown, at: string, saved: Map<string, unknown>, problems: string[]): void {
  if (expected === ANY) return;
  if (typeof expected === "string") {
    const capture = /^<([A-Za-z]\w*)>$/.exec(expected);
    if (capture) {
      if (actual == null) problems.push(`${at}: expected a value for <${capture[1]}>, got ${JSON.stringify(actual)}`);
      else saved.set(capture[1], actual);
      return;
    }
    if (typeof actual !== "string" || !textMatches(expected, actual)) problems.push(`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return void problems.push(`${at}: expected a list, got ${JSON.stringify(actual)}`);
    const open = expected.at(-1) === ANY;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) problems.push(`${at}: expected ${open ? "at least " : ""}${items.length} items, got ${actual.length}`);
    items.forEach((item, i) => compare(item, actual[i], `${at}[${i}]`, saved, problems));
    return;
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object" || Array.isArray(actual)) return void problems.push(`${at}: expected an object, got ${JSON.stringify(actual)}`);
    const documented = Object.keys(expected);
    // An error's position in the document is left out of the guide.
    const undocumented = Object.keys(actual).filter((key) => !documented.includes(key) && !(at.match(/errors\[\d+\]$/) && ["locations", "path"].includes(key)));
    if (undocumented.length > 0) problems.push(`${at}: undocumented keys ${undocumented.join(", ")}`);
    for (const key of documented) {
      if (!(key in actual)) problems.push(`${at}.${key}: missing`);
      else compare((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${at}.${key}`, saved, problems);
    }
    return;
  }
  if (expected !== actual) problems.push(`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const env = useDemoApi();
let platform: Platform;
const saved = new Map<string, unknown>();
const examples = parseGuide(readFileSync(GUIDE, "utf8"));

beforeAll(async () => {
  platform = await startPlatform(
    loadConfig({ DATABASE_URL: env.db.url, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "silent", JWT_SECRET: "g".repeat(40) }),
    createLogger("silent"),
  );
});
afterAll(async () => {
  await platform?.stop();
});

describe("docs/API.md", () => {
  it("has examples for every part of the guide", () => {
    expect(examples.length).toBeGreaterThanOrEqual(25);
  });

  it.each(examples.map((example, i) => [`${i + 1}. ${example.title}`, example] as const))("%s", async (_title, example) => {
    // The guide is in English, so are its answers: examples read English unless they ask otherwise ("Languages").
    const headers = { "content-type": "application/json", "accept-language": "en", ...(substitute(example.headers, saved) as Record<string, string>) };
    const body = JSON.stringify({ query: substituteQuery(example.query, saved), variables: substitute(example.variables, saved) });
    const res = await fetch(`${platform.url}/graphql`, { method: "POST", headers, body });
    const json: unknown = await res.json();
    const problems: string[] = [];
    if (res.status !== example.status) problems.push(`HTTP ${res.status}, documented ${example.status}`);
    compare(example.response, json, "answer", saved, problems);
    if (problems.length > 0) throw new Error(`${problems.join("\n")}\nactual answer: ${JSON.stringify(json, null, 1)}`);
  });
});

describe("the comparison the guide relies on", () => {
  it("refuses a documented answer that differs in a key, a value or a length", () => {
    const problems: string[] = [];
    const scratch = new Map<string, unknown>();
    compare({ a: 1, b: ["x", ANY] }, { a: 1, b: ["x", "y"] }, "ok", scratch, problems);
    expect(problems).toEqual([]);
    compare({ a: 1 }, { a: 2 }, "value", scratch, problems);
    compare({ a: 1 }, { a: 1, b: 2 }, "keys", scratch, problems);
    compare(["x"], ["x", "y"], "length", scratch, problems);
    compare("Check …: here", "Check the input: there", "text", scratch, problems);
    compare("<token>", null, "capture", scratch, problems);
    expect(problems).toHaveLength(5);
  });
});
