// npm run schema:print: writes schema/schema.graphql (the contract third-party frontends build on).
import fs from "node:fs";
import path from "node:path";
import { printedSchema } from "./lib/sdl";

const file = path.resolve(__dirname, "..", "schema", "schema.graphql");
const sdl = printedSchema();
const changed = !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== sdl;
fs.writeFileSync(file, sdl);
console.log(changed ? `Wrote ${path.relative(process.cwd(), file)}.` : "schema/schema.graphql is up to date.");
