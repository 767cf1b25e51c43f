// Run as its own Node process by browser.ts: @sparticuz/chromium is ES-module only (import.meta), which Jest's
// CommonJS runtime cannot load. Prints the unpacked browser's path and the package's recommended flags.
import chromium from "@sparticuz/chromium";

// No WebGL in these tests: skip the SwiftShader graphics stack and its flags.
chromium.setGraphicsMode = false;
const executablePath = await chromium.executablePath();
process.stdout.write(JSON.stringify({ executablePath, args: chromium.args }));
