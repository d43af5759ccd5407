const WIDTH = 30;

/**
 * One line of progress: bar, percentage, count, rate and time left.
 * @example formatProgress(50_000, 100_000, 10_000) // '[=====…] 50% 50,000/100,000 5,000/s ETA 10s'
 */
export function formatProgress(done: number, total: number, elapsedMs: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * WIDTH);
  const bar = '='.repeat(filled) + ' '.repeat(WIDTH - filled);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : '?';
  const pct = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${bar}] ${pct} ${formatCount(done)}/${formatCount(total)} ${formatCount(Math.round(rate))}/s ETA ${eta}`;
}

/** 1234567 → '1,234,567'. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Milliseconds as '42s', '3m 07s' or '1h 02m'. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, '0')}m`;
}

/** Where the bar is drawn: process.stderr, or anything with the same two members. */
export interface ProgressOutput {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Ends the line the bar was drawn on. */
  finish(): void;
}

/**
 * Draws progress on a terminal, redrawing one line; into a file or a CI log (no TTY) it writes a
 * line every 10 % instead, so the log is not flooded with carriage returns.
 */
export function createProgressBar(out: ProgressOutput, clock = () => performance.now()): ProgressBar {
  const start = clock();
  let lastDecile = -1;
  let drawn = false;
  return {
    update(done, total) {
      const line = formatProgress(done, total, clock() - start);
      if (out.isTTY) {
        out.write(`\r${line}\x1b[K`);
        drawn = true;
        return;
      }
      const decile = Math.floor((10 * done) / Math.max(total, 1));
      if (decile !== lastDecile) out.write(`${line}\n`);
      lastDecile = decile;
    },
    finish() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
