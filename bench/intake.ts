import autocannon from 'autocannon';
import { reportBody, indexIn, type BodyFixtures } from './bodies.js';
import { startCpuMeter } from './cpu.js';
import type { IntakeRun } from './results.js';

export interface IntakeTarget {
  url: string;
  pid: number;
}

export interface IntakeOutcome {
  run: IntakeRun;
  /** Token index → how many 2xx answers carried it. */
  acked: Map<number, number>;
  /** Requests sent but never answered when autocannon closed its connections. */
  inFlightAtStop: number;
}

/** One autocannon run of POST /api/reports with a different valid body per request. */
export async function loadIntake(
  target: IntakeTarget,
  f: BodyFixtures,
  tag: string,
  prefix: string,
  o: { connections: number; seconds: number },
): Promise<IntakeOutcome> {
  let next = 0;
  const acked = new Map<number, number>();
  const request: autocannon.Request = {
    method: 'POST',
    path: '/api/reports',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({ ...req, body: reportBody(f, tag, prefix, next++) }),
    onResponse: (status, body) => {
      if (status < 200 || status >= 300) return;
      const i = indexIn(body, tag, prefix);
      if (i >= 0) acked.set(i, (acked.get(i) ?? 0) + 1);
    },
  };
  const cpu = startCpuMeter(target.pid);
  const r = await autocannon({
    url: target.url,
    connections: o.connections,
    duration: o.seconds,
    timeout: 10,
    requests: [request],
  });
  const used = cpu();
  const answered = r['2xx'] + r.non2xx;
  return {
    acked,
    inFlightAtStop: Math.max(0, r.requests.sent - answered - r.errors - r.timeouts),
    run: {
      acceptedPerSec: r['2xx'] / r.duration,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      total2xx: r['2xx'],
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      seconds: r.duration,
      cpu: used,
    },
  };
}
