import pino from "pino";

/** Structured JSON logs; one child logger per request carries its request id. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): pino.Logger {
  return pino({
    level,
    base: { service: "deputy-platform" },
    redact: { paths: ["*.password", "*.token", "req.headers.authorization"], censor: "[redacted]" },
  });
}

export type Logger = pino.Logger;
