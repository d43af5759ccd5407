// `npm run seed -- --reports 100000 [--days 90] [--seed 42]`: opens the database the way the
// server does (DATABASE_URL, or the embedded engine in the data dir), applies migrations, loads
// the wards and categories, and adds demo reports with a progress bar on stderr.
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type OpenDatabase } from '../db/open.js';
import { createProgressBar, formatCount, formatDuration } from './progress.js';
import { parseSeedArgs, UsageError, USAGE, type SeedArgs } from './seed-args.js';
import { seedDemoReports, type SeedResult } from './seed.service.js';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const args = parseSeedArgs(process.argv.slice(2));
  if (args.help) return void process.stdout.write(`${USAGE}\n`);
  const config = loadConfig();
  let database: OpenDatabase | null = null;
  try {
    database = await open(config, 'npm run seed');
    log(
      `[seed] ${formatCount(args.reports)} reports over ${args.days} days up to ${args.now.toISOString()} ` +
        `(seed ${args.seed}) into ${database.engine === 'embedded' ? config.dataDir : 'DATABASE_URL'}`,
    );
    const started = performance.now();
    const result = await seedWithProgress(database, args);
    printSummary(result, performance.now() - started);
  } finally {
    await database?.close();
  }
}

async function open(config: Config, owner: string): Promise<OpenDatabase> {
  try {
    return await openDatabase(config, log, owner);
  } catch (err) {
    throw explain(err as Error, config);
  }
}

async function seedWithProgress(database: OpenDatabase, args: SeedArgs): Promise<SeedResult> {
  const bar = createProgressBar(process.stderr);
  try {
    return await seedDemoReports(database.db, {
      count: args.reports,
      days: args.days,
      seed: args.seed,
      now: args.now,
      onProgress: bar.update,
    });
  } finally {
    bar.finish();
  }
}

function printSummary({ inserted, dropped }: SeedResult, elapsedMs: number): void {
  const perSecond = Math.round((inserted * 1000) / Math.max(elapsedMs, 1));
  process.stdout.write(
    [
      `inserted: ${formatCount(inserted)} reports, each with its 'report:created' event`,
      `dropped:  ${formatCount(dropped)} outside every ward`,
      `elapsed:  ${formatDuration(elapsedMs)} (${(elapsedMs / 1000).toFixed(1)} s)`,
      `rate:     ${formatCount(perSecond)} reports/s`,
    ].join('\n') + '\n',
  );
}

// The errors a person running this can fix, said in terms of what to do next.
function explain(err: Error, config: Config): Error {
  const code = (err as { code?: string }).code;
  const where = config.databaseUrl ? `the database of DATABASE_URL (${safeUrl(config.databaseUrl)})` : '';
  if (code === '3D000') return new Error(`${where} does not exist: create it (e.g. createdb <name>) and try again.`);
  if (code === '28P01' || code === '28000') {
    return new Error(`${where} refused the login (${err.message}): check the user and password in DATABASE_URL.`);
  }
  return err;
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = u.password ? '***' : '';
    return u.toString();
  } catch {
    return 'unparsable URL';
  }
}

main().catch((err: unknown) => {
  log(`seed: ${(err as Error).message}`);
  if (err instanceof UsageError) log(`\n${USAGE}`);
  process.exitCode = 1;
});
