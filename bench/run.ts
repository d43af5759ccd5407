// `npm run bench`: the intake and live-stream benchmarks on a real PostgreSQL, each figure beside
// a bare-Node baseline measured in the same run. See bench/README.md.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installSignalHandlers, interruptedBy, onCleanup, runCleanup } from './cleanup.js';
import { nowMs } from './clock.js';
import { prepareDatabase, serverVersions } from './database.js';
import { renderMarkdown, renderText } from './format.js';
import { geoPhases } from './geo-phases.js';
import { hotspotEndpointPhase } from './hotspot-endpoint.js';
import { machineAfter, machineBefore } from './machine.js';
import { intakePhase, loadFixtures, streamPhase } from './phases.js';
import { ROOT, startListening } from './processes.js';
import { describeProfile } from './profile.js';
import type { BenchResults } from './results.js';
import { loadSettings } from './settings.js';

const RESULTS = join(ROOT, 'bench/results');
const PROFILES = join(RESULTS, 'profiles');
const log = (line: string) => console.error(`[bench] ${line}`);

async function main(): Promise<void> {
  installSignalHandlers();
  const settings = loadSettings();
  const t0 = nowMs();
  const startedAt = new Date().toISOString();
  const tag = randomBytes(3).toString('hex');
  const db = await prepareDatabase(settings.databaseUrl, settings.adminUrl);
  log(`run ${tag} on ${db.throwaway ? 'throwaway ' : ''}database ${new URL(db.url).pathname.slice(1)}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'matthan-bench-'));
  onCleanup('remove server data dir', () => rm(dataDir, { recursive: true, force: true }));
  const ours = await startListening('Mắt Thần server', 'server/src/main.ts', {
    env: { DATABASE_URL: db.url, MATTHAN_DATA_DIR: dataDir },
    nodeArgs: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILES}`] : [],
  });
  log(`server up at ${ours.url} (pid ${ours.pid})`);
  const machine = machineBefore(await serverVersions(db.url));
  const fixtures = await loadFixtures(ours.url, db.url);
  const intake = await intakePhase(settings, fixtures, tag, ours, db.url);
  const stream = await streamPhase(settings, fixtures, tag, ours, db.url);
  await ours.stop(); // a clean exit is what writes the CPU profile
  const geo = await geoPhases(); // in this process, with the server gone: nothing else competes for the cores
  const hotspotEndpoint = settings.hotspots.enabled
    ? await hotspotEndpointPhase(settings.adminUrl, settings.hotspots.reports)
    : undefined;
  const results: BenchResults = {
    startedAt,
    seconds: (nowMs() - t0) / 1000,
    machine: machineAfter(machine),
    settings: {
      intake: settings.intake,
      stream: settings.stream,
      bars: settings.bars,
      hotspots: settings.hotspots,
      dbPool: process.env.MATTHAN_DB_POOL ?? '20 (default)',
    },
    intake,
    stream,
    geo,
    hotspotEndpoint,
    notes: notes(intake, stream, hotspotEndpoint),
  };
  await mkdir(RESULTS, { recursive: true });
  await writeFile(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(RESULTS, 'latest.md'), renderMarkdown(results));
  console.log(renderText(results));
  if (settings.profile)
    console.log(['', ...(describeProfile(PROFILES, ours.pid) ?? ['(no CPU profile was written)'])].join('\n'));
  log(`wrote bench/results/latest.json and latest.md in ${results.seconds.toFixed(0)} s`);
}

function notes(
  intake: BenchResults['intake'],
  stream: BenchResults['stream'],
  hotspotEndpoint: BenchResults['hotspotEndpoint'],
): string[] {
  const n = [
    `Latency in section 2 is client arrival minus POST send, both on CLOCK_MONOTONIC (one clock across processes; round trip of the check ≤ ${Math.max(stream.ours.clockCheckMs, stream.baseline.clockCheckMs).toFixed(1)} ms).`,
    'Open loop: each POST leaves on its schedule whatever the answers; latency counts from when it was handed to the HTTP agent, so queueing in the client counts too.',
  ];
  if (intake.check.unacknowledgedRows)
    n.push(
      `autocannon closes its connections at the deadline: ${intake.check.unacknowledgedRows} reports were committed whose 201 it never read (≤ ${intake.check.inFlightAtStop} in flight).`,
    );
  if (!hotspotEndpoint)
    n.push('Phase 6 (GET /api/hotspots on 1,000,000 seeded reports) is opt-in: BENCH_HOTSPOTS=1 npm run bench.');
  return n;
}

main()
  .catch((err: unknown) => {
    if (interruptedBy()) return;
    console.error(`[bench] failed: ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
