import type { GeoResults } from './geo-results.js';
import type { EndpointResult } from './hotspot-endpoint-results.js';
import type { Summary } from './stats.js';

/** Where the numbers were measured. Load averages show how busy the shared machine was. */
export interface Machine {
  cpuModel: string;
  cores: number;
  node: string;
  os: string;
  postgres: string;
  postgis: string;
  loadBefore: number[];
  loadAfter: number[];
}

/** CPU used during a measured window, in cores (1 = one core busy all the time). */
export interface CpuUse {
  target: number | null;
  postgres: number | null;
  /** Share of the whole machine that was busy, 0..1, including other users' work. */
  machineBusy: number | null;
}

/** What the server's database connections were doing, on average over the samples. */
export interface DbWaits {
  samples: number;
  /** e.g. { what: 'active Lock:advisory', backends: 14.2 }: average number of connections in that state. */
  states: Array<{ what: string; backends: number }>;
}

export interface IntakeRun {
  acceptedPerSec: number;
  p50Ms: number;
  p99Ms: number;
  total2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  cpu: CpuUse;
  /** Only for our server: its PostgreSQL connections, sampled during the run. */
  dbWaits?: DbWaits;
}

/** Database rows of the measured run against the 2xx answers autocannon received. */
export interface IntakeCheck {
  rows: number;
  acked: number;
  /** Acknowledged (2xx) but not in the database. Must be 0. */
  lost: number;
  /** Rows whose answer autocannon never read: it closes its connections at the deadline. */
  unacknowledgedRows: number;
  /** Requests autocannon had in flight when it closed them; bounds unacknowledgedRows. */
  inFlightAtStop: number;
  /** Tokens stored more than once. Must be 0. */
  duplicateRows: number;
  ok: boolean;
}

export interface StreamRun {
  offeredRate: number;
  achievedRate: number;
  sent: number;
  acked: number;
  failedPosts: number;
  expected: number;
  delivered: number;
  missing: number;
  clientsMissing: number;
  /** Clients whose connection dropped during the run. */
  disconnects: number;
  duplicates: number;
  seqGaps: number;
  outOfOrder: number;
  latency: Summary;
  senderLagP99Ms: number;
  cpu: CpuUse;
  clientCores: number;
  clientLoopDelayP99Ms: number;
  clockCheckMs: number;
  dbWaits?: DbWaits;
}

export interface BenchResults {
  startedAt: string;
  seconds: number;
  machine: Machine;
  settings: Record<string, unknown>;
  intake: { ours: IntakeRun; baseline: IntakeRun; check: IntakeCheck; barPerSec: number };
  stream: { ours: StreamRun; baseline: StreamRun; barP99Ms: number; clients: number };
  /** Phases 3–5: geo work in the bench process. */
  geo?: GeoResults;
  /** Phase 6, only with BENCH_HOTSPOTS=1. */
  hotspotEndpoint?: EndpointResult;
  notes: string[];
}

export interface Verdicts {
  intake: boolean;
  stream: boolean;
}

/** Pass only when the figure meets the bar AND nothing was lost on the way. */
export function verdicts(r: BenchResults): Verdicts {
  const s = r.stream.ours;
  return {
    intake: r.intake.ours.acceptedPerSec >= r.intake.barPerSec && r.intake.check.ok,
    stream:
      s.latency.p99 <= r.stream.barP99Ms &&
      s.missing === 0 &&
      s.duplicates === 0 &&
      s.failedPosts === 0 &&
      s.achievedRate >= 0.95 * s.offeredRate,
  };
}
