// The embedded cluster's ctype decides whether pg_trgm can split Chinese text (STACK.md). Each case
// starts its own cluster in a child Node (test/db/embedded-locale-cluster.ts).
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

function cluster(locales?: string[][]) {
  const args = ["--import", "tsx", "test/db/embedded-locale-cluster.ts", ...(locales ? [JSON.stringify(locales)] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: 90_000 }));
}

describe("embedded cluster locale", () => {
  it("a new embedded cluster splits Chinese text (ctype C.UTF-8), and start-up does not warn", () => {
    const found = cluster();
    expect(found).toMatchObject({ ok: true, warnings: [], fellBack: false });
    expect(found.support.ctype).toMatch(/^C\.UTF-?8$/i);
    expect(found.support.trigrams).toBeGreaterThan(0);
  });

  it("a machine without the UTF-8 locale still gets a cluster (ctype C), and start-up's check warns that it cannot split Chinese", () => {
    const found = cluster([["--lc-collate=C", "--lc-ctype=xx_XX.NO-SUCH-LOCALE"], ["--locale=C"]]);
    expect(found).toEqual({ ok: false, support: { ctype: "C", trigrams: 0 }, warnings: [expect.stringContaining("cannot split Chinese text")], fellBack: true });
  });
});
