#!/usr/bin/env node
// Generates the Prisma client and Pothos types from prisma/schema.prisma, and typed GraphQL
// documents from schema/schema.graphql and schema/operations (all offline).
// Prisma's CLI wants a schema engine binary even for `generate`, which never uses it; the
// engine cannot be downloaded here, so any executable stands in for it.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const fs = require("node:fs");

const root = path.resolve(__dirname, "..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const codegenCli = path.join(root, "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js");
if (!fs.existsSync(prismaCli)) {
  console.error("prisma is not installed: run `npm install` first.");
  process.exit(1);
}

const run = (args) =>
  execFileSync(process.execPath, args, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || "/bin/true",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });

try {
  run([prismaCli, "generate", "--schema", "prisma/schema.prisma"]);
  if (fs.existsSync(codegenCli)) {
    run([codegenCli, "--config", "codegen.ts"]);
    console.log("✔ Generated typed GraphQL documents to ./api/generated/graphql");
  }
} catch (error) {
  console.error(`Code generation failed (exit ${error.status}); see the messages above.`);
  process.exit(1);
}
