// Phase (a) of `npm run bench:data`: `importFile` on the real 311 samples beside a raw COPY of the
// same rows (same columns, values computed beforehand) into the same indexed reports table.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { sharedDataDir } from '../geo/src/testing/shared-data.js';
import { ImportMapping } from '../server/src/contracts/import.js';
import { importFile } from '../server/src/import/import.service.js';
import { SEEDS_DIR } from '../server/src/seed/reference.js';
import { nowMs } from './clock.js';

const SAMPLES: [string, string][] = [
  ['la311_myla311_2020-01_seed_10k.csv', 'la311-2020.json'],
  ['la311_myla311_2017_subset_10k.csv', 'la311-2017.json'],
  ['sf311_cases_random_sample_10k.csv', 'sf311.json'],
];

const COLUMNS =
  'id, tracking_code, category, description, location, h3, ward_code, status, priority, media_count, created_at, updated_at, source, source_id';

export interface ImportRate {
  read: number;
  imported: number;
  importSeconds: number;
  copySeconds: number;
  importRowsPerSecond: number;
  copyRowsPerSecond: number;
  ratio: number;
}

export async function importRatePhase(pool: pg.Pool, url: string, dumpFile: string): Promise<ImportRate> {
  let read = 0;
  let imported = 0;
  const t0 = nowMs();
  for (const [file, mapping] of SAMPLES) {
    const m = ImportMapping.parse(JSON.parse(readFileSync(join(SEEDS_DIR, 'import-mappings', mapping), 'utf8')));
    const s = await importFile(pool, {
      file: join(sharedDataDir(), 'citizen_reports', file),
      mapping: m,
      engine: 'postgres',
      onReject() {},
    });
    read += s.read;
    imported += s.imported;
  }
  const importSeconds = (nowMs() - t0) / 1000;
  // The same rows as they now stand, written out, removed, and loaded again by COPY alone.
  psql(url, `\\copy (SELECT ${COLUMNS} FROM reports WHERE source IS NOT NULL) TO '${dumpFile}' WITH (FORMAT csv)`);
  await pool.query(`DELETE FROM report_events WHERE actor = 'import'`);
  await pool.query(`DELETE FROM reports WHERE source IS NOT NULL`);
  await pool.query('VACUUM ANALYZE reports');
  const out = psql(url, `\\timing on\n\\copy reports (${COLUMNS}) FROM '${dumpFile}' WITH (FORMAT csv)`);
  const copySeconds = Number(/Time: ([\d.]+) ms/.exec(out)?.[1]) / 1000;
  const importRowsPerSecond = imported / importSeconds;
  const copyRowsPerSecond = imported / copySeconds;
  return {
    read,
    imported,
    importSeconds,
    copySeconds,
    importRowsPerSecond,
    copyRowsPerSecond,
    ratio: importRowsPerSecond / copyRowsPerSecond,
  };
}

function psql(url: string, script: string): string {
  return execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-X', '-q'], { input: script, encoding: 'utf8' });
}
