import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { MIGRATIONS_DIR } from '../db/migrate.js';
import { SEEDS_DIR } from '../seed/reference.js';

/** A fingerprint of everything a template database is built from, so a stale one is rebuilt. */
export async function templateFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of [MIGRATIONS_DIR, SEEDS_DIR]) {
    for (const f of (await readdir(dir)).sort()) {
      if (!/\.(sql|json|geojson)$/.test(f)) continue;
      hash.update(f).update(await readFile(dir + f));
    }
  }
  return hash.digest('hex').slice(0, 12);
}
