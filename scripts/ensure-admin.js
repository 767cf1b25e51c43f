#!/usr/bin/env node
// Before `npm start`: builds the console when admin/dist is missing or older than its sources.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const admin = path.resolve(__dirname, "..", "admin");
const built = path.join(admin, "dist", "index.html");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestSource(path.join(admin, "src")), fs.statSync(path.join(admin, "index.html")).mtimeMs);
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) process.exit(0);

console.log("Building the console (admin/dist)…");
const vite = path.resolve(__dirname, "..", "node_modules", "vite", "bin", "vite.js");
execFileSync(process.execPath, [vite, "build", "--config", path.join(admin, "vite.config.mts")], { stdio: "inherit" });
