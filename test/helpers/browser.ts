import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser } from "playwright-core";

/** Flags of @sparticuz/chromium we leave out: tests must see the browser's real same-origin rules. */
const UNSAFE_FLAGS = new Set(["--disable-web-security", "--allow-running-insecure-content"]);

/** Every background network feature off: the page must make no request outside the machine. */
const OFFLINE_FLAGS = ["--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * The Chromium shipped inside the npm package @sparticuz/chromium (no apt-get): unpacked into the system's
 * temporary directory on first use (a few seconds), reused afterwards. CHROMIUM_PATH overrides it.
 * Its only font is Open Sans, so Chinese text renders as boxes in screenshots; tests read the DOM text instead.
 */
async function packagedChromium(): Promise<{ executablePath: string; args: string[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, "chromium.mjs")], { timeout: 120_000 });
  const packaged = JSON.parse(stdout) as { executablePath: string; args: string[] };
  return { executablePath: process.env.CHROMIUM_PATH || packaged.executablePath, args: packaged.args.filter((flag) => !UNSAFE_FLAGS.has(flag)) };
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await packagedChromium();
  return chromium.launch({ executablePath, headless: true, args: [...args, ...OFFLINE_FLAGS] });
}
