// Test support only: finds the workplace's shared reference data (H3 vectors, Gi* examples…),
// which tests read in place rather than copying into the repository (licences differ).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** MATTHAN_SHARED_DATA, else a `shared/data` beside the repository or above it, else /work/shared/data. */
export function sharedDataDir(): string {
  const candidates = [process.env.MATTHAN_SHARED_DATA];
  for (let dir = REPO; dir !== dirname(dir); dir = dirname(dir)) candidates.push(join(dirname(dir), 'shared/data'));
  candidates.push('/work/shared/data');
  const found = candidates.find((c) => c && existsSync(join(c, 'README.md')));
  if (!found) throw new Error('shared/data not found: set MATTHAN_SHARED_DATA to the folder with the reference data');
  return found;
}

export function readSharedJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(sharedDataDir(), path), 'utf8')) as T;
}
