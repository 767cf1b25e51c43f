/** The password of every account the generator creates. */
export const BENCH_PASSWORD = "bench2026pass";
