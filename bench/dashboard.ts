// `npm run bench:dashboard [-- --reports 100000]`: the live view in a real browser, on a fresh
// PostgreSQL database holding N demo reports of the last 30 days, beside the same page on an empty
// database measured in the same run. Prints load time (navigation → first hexagon counts drawn)
// and frame times while the map is dragged, side by side.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { chromium, type Page } from 'playwright-core';
import { startServerProcess } from '../server/src/testing/server-process.js';
import { ROOT } from './processes.js';

// The same software WebGL as the browser tests (see dashboard/src/testing/browser.ts).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const launchChromium = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

function run(args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REPORTS = Number(process.argv[process.argv.indexOf('--reports') + 1]) || 100_000;
const DRAG_STEPS = 120;

interface Figures {
  loadMs: number;
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  total: number;
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function seed(url: string, reports: number): Promise<void> {
  const args = ['--import', 'tsx', 'server/src/seed/seed.cli.ts', '--reports', String(reports), '--days', '30'];
  return run(args, { DATABASE_URL: url });
}

// Browser-side code as text: the page's DOM types are not part of the tools' TypeScript project.
const START_RECORDING = `window.__frames = []; window.__stop = false;
  const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);`;
const STOP_RECORDING = `window.__stop = true; window.__frames`;
const TWO_FRAMES = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`;

/** Frame intervals measured in the page while the mouse drags the map left and right. */
async function dragFrames(page: Page): Promise<number[]> {
  await page.evaluate(START_RECORDING);
  const box = (await page.getByTestId('map').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < DRAG_STEPS; i++) await page.mouse.move(x + 200 * Math.sin((i / DRAG_STEPS) * 4 * Math.PI), y);
  await page.mouse.up();
  const stamps = (await page.evaluate(STOP_RECORDING)) as number[];
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

/** The map's hexagon counts, not the counters' whole-city totals (res 5), which also use /api/cells. */
const isMapCells = (url: string) => url.includes('/api/cells?') && !url.includes('res=5&');

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? NaN;

async function measure(reports: number): Promise<Figures> {
  const name = `matthan_bench_dash_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    if (reports > 0) await seed(url.toString(), reports);
    const server = await startServerProcess({ env: { DATABASE_URL: url.toString(), MATTHAN_DEMO_REPORTS: '0' } });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const cells = page.waitForResponse((r) => isMapCells(r.url()) && r.ok(), { timeout: 180_000 });
      const started = Date.now();
      await page.goto(server.url);
      await cells;
      // Two frames after the counts arrived: React rendered them and deck.gl drew them.
      await page.evaluate(TWO_FRAMES);
      const loadMs = Date.now() - started;
      const total = Number(await page.getByTestId('cells-total').getAttribute('data-total'));
      const intervals = await dragFrames(page);
      return {
        loadMs,
        frames: intervals.length,
        medianFrameMs: quantile(intervals, 0.5),
        p95FrameMs: quantile(intervals, 0.95),
        total,
      };
    } finally {
      await browser.close();
      await server.destroy();
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await run(['scripts/ensure-dashboard.mjs']);
const empty = await measure(0);
const full = await measure(REPORTS);
const row = (label: string, a: number, b: number, unit: string) =>
  console.log(
    `${label.padEnd(30)} ${`${a.toFixed(0)} ${unit}`.padStart(12)} ${`${b.toFixed(0)} ${unit}`.padStart(14)}   ×${(b / a).toFixed(2)}`,
  );
console.log(`\nLive view in Chromium (software WebGL), ${REPORTS.toLocaleString('en')} reports vs an empty database`);
console.log(`${''.padEnd(30)} ${'empty'.padStart(12)} ${`${REPORTS / 1000}k reports`.padStart(14)}`);
row('reports counted on the map', empty.total, full.total, '');
row('load → hexagons drawn', empty.loadMs, full.loadMs, 'ms');
row('frame time while dragging, p50', empty.medianFrameMs, full.medianFrameMs, 'ms');
row('frame time while dragging, p95', empty.p95FrameMs, full.p95FrameMs, 'ms');
row('frames during the drag', empty.frames, full.frames, '');
