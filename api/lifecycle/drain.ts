import type http from "node:http";

export interface DrainResult {
  /** Requests in flight when the drain began. */
  inFlight: number;
  /** Requests still running at the deadline, whose connections were closed. */
  cut: number;
}

/**
 * Tracks in-flight requests so that shutdown can let them finish: stop accepting, close idle
 * keep-alive connections, answer in-flight requests with `Connection: close`, wait up to a grace
 * period, then close whatever is left.
 */
export class HttpDrain {
  private readonly active = new Set<http.ServerResponse>();
  private draining = false;

  constructor(private readonly server: http.Server) {
    server.prependListener("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
      if (this.draining) res.setHeader("connection", "close");
      this.active.add(res);
      res.once("close", () => {
        this.active.delete(res);
        if (this.draining) this.server.closeIdleConnections();
      });
    });
  }

  async drain(graceMs: number): Promise<DrainResult> {
    this.draining = true;
    const inFlight = this.active.size;
    for (const res of this.active) if (!res.headersSent) res.setHeader("connection", "close");
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    const cut = this.active.size;
    if (cut > 0) this.server.closeAllConnections();
    await closed;
    return { inFlight, cut };
  }
}
