// Turns prisma/schema.prisma into SQL with Prisma's own diff engine, offline.
// Prisma 7's CLI needs a native schema engine that cannot be downloaded here; Prisma 6.19 ships the
// same engine as WebAssembly (`engine: "js"`), which needs a driver adapter and a reachable
// database. This is development tooling (migration authoring, the drift test), never run by the API.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const prisma6 = path.join(root, "node_modules", "prisma6", "build", "index.js");

export type DiffSource = { kind: "empty" } | { kind: "schema"; file: string } | { kind: "url"; url: string };

function toPrisma6Schema(file: string, url: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/generator\s+\w+\s*\{[^}]*\}/g, "")
    .replace(/datasource\s+db\s*\{[^}]*\}/, `datasource db {\n  provider = "postgresql"\n  url = "${url}"\n}`);
}

/** SQL that takes `from` to the schema in `toFile`; `databaseUrl` is any reachable database. */
export function diffSql(options: { from: DiffSource; toFile: string; databaseUrl: string }): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "schema-sql-"));
  try {
    const to = path.join(work, "to.prisma");
    fs.writeFileSync(to, toPrisma6Schema(options.toFile, options.databaseUrl));
    const adapterModule = path.join(root, "node_modules", "prisma6-adapter-pg");
    const configModule = path.join(root, "node_modules", "prisma6", "config");
    fs.writeFileSync(
      path.join(work, "prisma.config.ts"),
      `const { defineConfig } = require(${JSON.stringify(configModule)});
const { PrismaPg } = require(${JSON.stringify(adapterModule)});
module.exports = defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "to.prisma",
  adapter: async () => new PrismaPg({ connectionString: ${JSON.stringify(options.databaseUrl)} }),
});
`,
    );
    const args = ["migrate", "diff", "--to-schema-datamodel", to, "--script"];
    if (options.from.kind === "empty") args.push("--from-empty");
    if (options.from.kind === "schema") {
      const from = path.join(work, "from.prisma");
      fs.writeFileSync(from, toPrisma6Schema(options.from.file, options.databaseUrl));
      args.push("--from-schema-datamodel", from);
    }
    if (options.from.kind === "url") args.push("--from-url", options.from.url);
    const output = execFileSync(process.execPath, [prisma6, ...args], {
      cwd: work,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        PRISMA_QUERY_ENGINE_LIBRARY: "/bin/true",
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    return output.replace(/^Loaded Prisma config from .*\n+/m, "");
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
