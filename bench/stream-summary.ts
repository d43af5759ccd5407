import type { CpuUse, StreamRun } from './results.js';
import type { SendLog } from './sender.js';
import { percentile, summarize } from './stats.js';
import type { Collected } from './stream-fleet.js';

const isOk = (status: number) => status >= 200 && status < 300;

export function countAcked(log: SendLog): number {
  let n = 0;
  for (let i = 0; i < log.count; i++) if (isOk(log.status[i]!)) n++;
  return n;
}

/** Joins send times with arrival times; only answered (2xx) reports are expected and timed. */
export function summarizeStream(
  log: SendLog,
  c: Collected,
  offeredRate: number,
  cpu: CpuUse,
): Omit<StreamRun, 'clockCheckMs'> {
  const acked = countAcked(log);
  const latencies: number[] = [];
  let missing = 0;
  let clientsMissing = 0;
  for (const client of c.clients) {
    let missed = 0;
    for (let i = 0; i < log.count; i++) {
      if (!isOk(log.status[i]!)) continue;
      const at = client.recvAt[i]!;
      if (Number.isNaN(at)) missed++;
      else latencies.push(at - log.sentAt[i]!);
    }
    missing += missed;
    if (missed) clientsMissing++;
  }
  const lags = Float64Array.from({ length: log.count }, (_, i) => log.sentAt[i]! - log.intendedAt[i]!).sort();
  const span = log.count > 1 ? (log.sentAt[log.count - 1]! - log.sentAt[0]!) / 1000 : 0;
  const sum = (k: 'duplicates' | 'seqGaps' | 'outOfOrder' | 'disconnects') => c.clients.reduce((n, x) => n + x[k], 0);
  return {
    offeredRate,
    achievedRate: span > 0 ? (log.count - 1) / span : Number.NaN,
    sent: log.count,
    acked,
    failedPosts: log.count - acked,
    expected: acked * c.clients.length,
    delivered: latencies.length,
    missing,
    clientsMissing,
    disconnects: sum('disconnects'),
    duplicates: sum('duplicates'),
    seqGaps: sum('seqGaps'),
    outOfOrder: sum('outOfOrder'),
    latency: summarize(latencies),
    senderLagP99Ms: percentile(lags, 99),
    cpu,
    clientCores: c.cores,
    clientLoopDelayP99Ms: c.loopDelayP99Ms,
  };
}
