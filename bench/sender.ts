import { Agent, request, type ClientRequest } from 'node:http';
import { nowMs, waitFor } from './clock.js';

/** One POST per slot of an open-loop schedule: sends do not wait for earlier answers. */
export interface SendLog {
  count: number;
  /** When the schedule wanted report i sent, and when it was handed to the HTTP agent (nowMs). */
  intendedAt: Float64Array;
  sentAt: Float64Array;
  /** HTTP status, 0 when no answer came before the deadline, -1 on a connection error. */
  status: Int16Array;
}

export interface SendPlan {
  url: string;
  rate: number;
  seconds: number;
  maxSockets: number;
  /** How long to wait for the last answers after the schedule ends. */
  drainMs: number;
  body(i: number): string;
}

const TICK_MS = 1;

/**
 * Sends `rate × seconds` POST /api/reports on a fixed schedule (report i at start + i/rate),
 * catching up at once when a timer fires late, over keep-alive connections.
 */
export async function sendOpenLoop(p: SendPlan): Promise<SendLog> {
  const total = Math.round(p.rate * p.seconds);
  const log: SendLog = {
    count: 0,
    intendedAt: new Float64Array(total),
    sentAt: new Float64Array(total),
    status: new Int16Array(total),
  };
  const agent = new Agent({ keepAlive: true, maxSockets: p.maxSockets });
  const target = new URL('/api/reports', p.url);
  const open = new Set<ClientRequest>();
  const post = (i: number) => {
    const body = p.body(i);
    log.sentAt[i] = nowMs();
    const req = request(
      target,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.once('end', () => ((log.status[i] = res.statusCode ?? 0), open.delete(req)));
      },
    );
    req.once('error', () => ((log.status[i] ||= -1), open.delete(req)));
    open.add(req);
    req.end(body);
  };
  const start = nowMs() + 20;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.max(0, Math.floor(((nowMs() - start) * p.rate) / 1000) + 1));
      for (; log.count < due; log.count++) {
        log.intendedAt[log.count] = start + (log.count * 1000) / p.rate;
        post(log.count);
      }
      if (log.count < total) setTimeout(tick, TICK_MS);
      else resolve();
    };
    setTimeout(tick, Math.max(0, start - nowMs()));
  });
  await waitFor(() => open.size === 0, p.drainMs, 50);
  for (const req of open) req.destroy();
  agent.destroy();
  return log;
}
