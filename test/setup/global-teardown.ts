import fs from "node:fs";

export default async function globalTeardown(): Promise<void> {
  const handle = globalThis.__TEST_POSTGRES__;
  await handle?.stop();
  if (handle?.dir) fs.rmSync(handle.dir, { recursive: true, force: true });
}
