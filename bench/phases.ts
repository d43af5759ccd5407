import { z } from 'zod';
import { Category } from '../server/src/contracts/category.js';
import type { LngLat } from '../server/src/contracts/common.js';
import { candidatePoints, type BodyFixtures } from './bodies.js';
import { sleep, waitFor } from './clock.js';
import { countStored, locationsInsideWards, sampleDbWaits, storedDescriptions } from './database.js';
import { checkStored } from './intake-check.js';
import { loadIntake } from './intake.js';
import { startListening, type Listening } from './processes.js';
import type { BenchResults, StreamRun } from './results.js';
import type { Settings } from './settings.js';
import { runStream } from './stream.js';

const log = (line: string) => console.error(`[bench] ${line}`);

// Central Hà Nội around Hoàn Kiếm Lake: ±0.02° is all inside wards, which the check below confirms.
const CENTER: LngLat = [105.8542, 21.0285];

/** Real category codes from the server, and points its own ward lookup accepts. */
export async function loadFixtures(serverUrl: string, dbUrl: string): Promise<BodyFixtures> {
  const res = await fetch(new URL('/api/categories', serverUrl));
  const categories = z
    .array(Category)
    .parse(await res.json())
    .map((c) => c.code);
  // Spread over ~20 km like a city's reports, so few bench reports fall within a category's "me
  // too" radius of an earlier one (each such link also updates the original and logs an event).
  const locations = await locationsInsideWards(dbUrl, candidatePoints(CENTER, 0.1, 8192), 4096);
  if (categories.length === 0 || locations.length < 16)
    throw new Error(`fixtures: ${categories.length} categories, ${locations.length} locations inside wards`);
  return { categories, locations };
}

/** Phase 1: autocannon against the echo baseline, then against our server; then the database check. */
export async function intakePhase(
  s: Settings,
  f: BodyFixtures,
  tag: string,
  ours: Listening,
  dbUrl: string,
): Promise<BenchResults['intake']> {
  const { connections, seconds, warmupSeconds } = s.intake;
  const echo = await startListening('echo baseline', 'bench/baselines/echo-server.ts');
  let baseline;
  try {
    log(`intake: echo baseline, ${warmupSeconds} s warm-up + ${seconds} s`);
    if (warmupSeconds) await loadIntake(echo, f, tag, 'w', { connections, seconds: warmupSeconds });
    baseline = (await loadIntake(echo, f, tag, 'e', { connections, seconds })).run;
  } finally {
    await echo.stop();
  }
  log(`intake: Mắt Thần, ${warmupSeconds} s warm-up + ${seconds} s`);
  if (warmupSeconds) await loadIntake(ours, f, tag, 'w', { connections, seconds: warmupSeconds });
  await sleep(500); // let the warm-up's last transactions finish before measuring
  const waits = sampleDbWaits(dbUrl);
  const outcome = await loadIntake(ours, f, tag, 'i', { connections, seconds });
  outcome.run.dbWaits = await waits.stop();
  const marker = `[bench ${tag} i`;
  await settled(() => countStored(dbUrl, marker));
  const check = checkStored(await storedDescriptions(dbUrl, marker), outcome, tag, 'i');
  log(`intake: ${check.rows} rows stored, ${check.acked} answered 2xx, ${check.lost} lost`);
  return { ours: outcome.run, baseline, check, barPerSec: s.bars.intakePerSec };
}

/** Waits until a count stops changing (in-flight transactions have ended), at most 10 s. */
async function settled(count: () => Promise<number>): Promise<void> {
  let last = -1;
  await waitFor(
    async () => {
      const n = await count();
      const same = n === last;
      last = n;
      return same;
    },
    10_000,
    300,
  );
}

/** Phase 2: the raw ws baseline, then our Socket.IO stream, with the same clients and schedule. */
export async function streamPhase(
  s: Settings,
  f: BodyFixtures,
  tag: string,
  ours: Listening,
  dbUrl: string,
): Promise<BenchResults['stream']> {
  const o = s.stream;
  const what = `${o.clients} clients, ${o.rate} POST/s × ${o.seconds} s`;
  const wsServer = await startListening('ws baseline', 'bench/baselines/ws-broadcast-server.ts');
  let baseline: StreamRun;
  try {
    log(`stream: raw ws baseline, ${what}`);
    baseline = await runStream({ kind: 'ws', url: wsServer.url, pid: wsServer.pid }, f, tag, 'b', o);
  } finally {
    await wsServer.stop();
  }
  log(`stream: Mắt Thần Socket.IO, ${what}`);
  const waits = sampleDbWaits(dbUrl);
  const run = await runStream({ kind: 'socketio', url: ours.url, pid: ours.pid }, f, tag, 'l', o);
  run.dbWaits = await waits.stop();
  return { ours: run, baseline, barP99Ms: s.bars.streamP99Ms, clients: o.clients };
}
