/** Knobs of `npm run bench`, from the environment; the defaults are the documented run. */
export interface Settings {
  /** An existing database to use (kept); otherwise a throwaway one is created on `adminUrl` and dropped. */
  databaseUrl: string | null;
  adminUrl: string;
  intake: { connections: number; seconds: number; warmupSeconds: number };
  stream: {
    rate: number;
    seconds: number;
    clients: number;
    clientProcesses: number;
    drainSeconds: number;
    maxSockets: number;
  };
  bars: { intakePerSec: number; streamP99Ms: number };
  /** Phase 6, opt-in: GET /api/hotspots on `reports` seeded reports in a second throwaway database. */
  hotspots: { enabled: boolean; reports: number };
  /** Write a V8 CPU profile of the server child to bench/results/profiles and print its top functions. */
  profile: boolean;
}

const int = (v: string | undefined, fallback: number, min: number, max: number) => {
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`expected an integer in [${min}, ${max}], got "${v}"`);
  return n;
};

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    databaseUrl: env.BENCH_DATABASE_URL || null,
    adminUrl: env.BENCH_ADMIN_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
    intake: {
      connections: int(env.BENCH_CONNECTIONS, 50, 1, 1000),
      seconds: int(env.BENCH_INTAKE_SECONDS, 10, 1, 60),
      warmupSeconds: int(env.BENCH_WARMUP_SECONDS, 2, 0, 30),
    },
    stream: {
      rate: int(env.BENCH_RATE, 500, 1, 20_000),
      seconds: int(env.BENCH_STREAM_SECONDS, 10, 1, 60),
      clients: int(env.BENCH_CLIENTS, 100, 1, 2000),
      clientProcesses: int(env.BENCH_CLIENT_PROCESSES, 1, 1, 16),
      drainSeconds: int(env.BENCH_DRAIN_SECONDS, 15, 1, 60),
      maxSockets: int(env.BENCH_MAX_SOCKETS, 256, 1, 4096),
    },
    bars: { intakePerSec: 1000, streamP99Ms: 100 },
    hotspots: {
      enabled: env.BENCH_HOTSPOTS === '1',
      reports: int(env.BENCH_HOTSPOT_REPORTS, 1_000_000, 1000, 10_000_000),
    },
    profile: env.BENCH_PROFILE === '1',
  };
}
