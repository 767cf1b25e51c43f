/** A one-line progress bar on stderr for a terminal; one line per step otherwise (logs stay readable). */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly what: string,
    private total: number,
    private readonly enabled = true,
  ) {}

  /** Announces a new step (a table); in a log this is the only line printed. */
  step(label: string): void {
    if (!this.enabled) return;
    if (this.tty) this.draw(label, true);
    else process.stderr.write(`${this.what}: ${label}\n`);
  }

  advance(amount: number, label: string): void {
    this.done += amount;
    if (this.done > this.total) this.total = this.done;
    if (this.enabled && this.tty) this.draw(label, false);
  }

  finish(summary: string): void {
    if (!this.enabled) return;
    process.stderr.write(`${this.tty ? "\r\x1b[K" : ""}${this.what}: ${summary}\n`);
  }

  private draw(label: string, force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const ratio = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    const width = 30;
    const bar = "#".repeat(Math.round(ratio * width)).padEnd(width, ".");
    process.stderr.write(`\r\x1b[K${this.what} [${bar}] ${(ratio * 100).toFixed(0).padStart(3)}% ${label}`);
  }
}
