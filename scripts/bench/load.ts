import { execFile } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { performance } from "node:perf_hooks";

export interface LoadResult {
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
}

const AUTOCANNON = path.resolve(__dirname, "..", "..", "node_modules", "autocannon", "autocannon.js");

/** Fixed-concurrency HTTP load from autocannon in its own process, so the load does not share the server's event loop. */
export function httpLoad(url: string, body: unknown, headers: Record<string, string>, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const args = [AUTOCANNON, "--json", "-c", String(options.connections), "-d", String(options.seconds), "-m", "POST", "-H", "content-type=application/json", "-b", JSON.stringify(body)];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}=${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 1 << 24 }, (error, stdout) => {
      if (error) return reject(error);
      const r = JSON.parse(stdout);
      resolve({ rps: r.requests.average, p50: r.latency.p50, p975: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.non2xx });
    });
  });
}

/** The floor: the same answer from one hand-written SQL statement through `pg`, at the same concurrency. */
export async function sqlLoad(pool: pg.Pool, sql: string, params: () => unknown[], options: { connections: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const end = performance.now() + options.seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        try {
          await pool.query(sql, params());
        } catch {
          errors++;
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { rps: latencies.length / options.seconds, p50: at(0.5), p975: at(0.975), p99: at(0.99), errors };
}
