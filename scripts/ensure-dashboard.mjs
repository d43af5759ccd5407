#!/usr/bin/env node
// Run by `npm start` before the server: builds the dashboard only when dashboard/dist is missing
// or older than something that goes into the bundle, so a fresh clone works with `npm start` and
// a second start costs nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT = join(ROOT, 'dashboard/dist/index.html');

/** Everything Vite reads to make the bundle; tests are not bundled, so editing one does not count. */
const INPUTS = [
  'dashboard/src',
  'dashboard/index.html',
  'dashboard/vite.config.ts',
  'dashboard/package.json',
  'geo/src',
  'server/src/contracts',
];
const NOT_BUNDLED = /\.test\.tsx?$|(^|[\\/])testing[\\/]/;

/**
 * The most recently modified input file, or null when none exists.
 * @param {string} path absolute path of a file or folder
 * @returns {{ path: string; mtimeMs: number } | null}
 */
function newest(path) {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isDirectory()) return NOT_BUNDLED.test(path) ? null : { path, mtimeMs: stat.mtimeMs };
  /** @type {{ path: string; mtimeMs: number } | null} */
  let best = null;
  for (const name of readdirSync(path)) {
    const found = newest(join(path, name));
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}

/** @returns {string | null} why a build is needed, or null when dist is current */
function reasonToBuild() {
  if (!existsSync(BUILT)) return 'dashboard/dist is missing';
  const builtAt = statSync(BUILT).mtimeMs;
  for (const input of INPUTS) {
    const found = newest(join(ROOT, input));
    if (found && found.mtimeMs > builtAt) return `${relative(ROOT, found.path)} is newer than dashboard/dist`;
  }
  return null;
}

const reason = reasonToBuild();
if (!reason) {
  console.log('[dashboard] dashboard/dist is up to date');
} else {
  console.log(`[dashboard] building (${reason}): npm run build -w dashboard`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build', '-w', 'dashboard'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[dashboard] the build failed; the server would serve no dashboard. See the output above.');
    process.exit(result.status ?? 1);
  }
  console.log(`[dashboard] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
