import { parseArgs } from 'node:util';
import { DEFAULT_DAYS, DEFAULT_SEED } from './demo.js';

export const USAGE = `Adds generated demo reports (with their 'report:created' events) to the database.

Usage: npm run seed -- --reports <n> [--days <n>] [--seed <n>] [--now <ISO date>]

  --reports  how many reports to generate (required), e.g. 100000
  --days     spread them over the last <n> days (default ${DEFAULT_DAYS})
  --seed     random seed: the same seed gives the same reports (default ${DEFAULT_SEED})
  --now      end of the period (default: now), e.g. 2025-09-15T10:00:00Z

Database: DATABASE_URL if set; otherwise the embedded engine in MATTHAN_DATA_DIR (default ./.data),
which only one process may open at a time: stop the server first.`;

export interface SeedArgs {
  help: boolean;
  reports: number;
  days: number;
  seed: number;
  now: Date;
}

/** A command line that cannot be run; its message says what to change. */
export class UsageError extends Error {}

/** Parses `--reports 100000 --days 90 --seed 42 --now 2025-09-15T10:00:00Z`. */
export function parseSeedArgs(argv: string[], now: () => Date = () => new Date()): SeedArgs {
  const values = parseOptions(argv);
  if (values.help) return { help: true, reports: 0, days: DEFAULT_DAYS, seed: DEFAULT_SEED, now: now() };
  if (values.reports === undefined) throw new UsageError('--reports is required, e.g. --reports 100000');
  return {
    help: false,
    reports: integer('reports', values.reports, 1),
    days: integer('days', values.days ?? String(DEFAULT_DAYS), 1),
    seed: integer('seed', values.seed ?? String(DEFAULT_SEED), 0),
    now: instant(values.now, now),
  };
}

function parseOptions(argv: string[]) {
  try {
    const options = {
      reports: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    } as const;
    return parseArgs({ args: argv, options, allowPositionals: false }).values;
  } catch (err) {
    // node:util's messages ("Unknown option '--x'") are clear; only the type changes.
    throw new UsageError((err as Error).message);
  }
}

function integer(name: string, value: string, min: number): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}

function instant(value: string | undefined, now: () => Date): Date {
  if (value === undefined) return now();
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    throw new UsageError(`--now must be an ISO date-time such as 2025-09-15T10:00:00Z, got "${value}"`);
  }
  return d;
}
