#!/usr/bin/env node
// `npm test`: runs every vitest project. The database suite runs on the embedded engine always,
// and on a real PostgreSQL + PostGIS when one is reachable (TEST_DATABASE_URL, or the local
// server on 127.0.0.1:5432). Under CI the real engine is required, not optional.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';

const url = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function realPostgisAvailable() {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'postgis'",
    );
    return rows[0].n > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const projects = ['unit', 'db:embedded', 'e2e'];
if (await realPostgisAvailable()) {
  projects.push('db:postgres');
  console.log(`[test] database suite runs on the embedded engine and on PostgreSQL at ${new URL(url).host}`);
} else if (process.env.CI || process.env.TEST_DATABASE_URL) {
  console.error(`[test] no PostgreSQL with PostGIS at ${new URL(url).host}: .ci/run installs one (see README)`);
  process.exit(1);
} else {
  console.warn(
    '[test] WARNING: no PostgreSQL with PostGIS reachable; the database suite runs on the embedded engine only.\n' +
      '       Set TEST_DATABASE_URL or run .ci/run to include the real engine.',
  );
}

const report = `${tmpdir()}/matthan-test-report-${process.pid}.json`;
const args = [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url } });

// One plain closing line, so any CI reading the log knows how many tests ran.
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report, { force: true });
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
process.exit(result.status ?? 1);
