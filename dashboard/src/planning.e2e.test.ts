import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { cellToLngLat } from '@matthan/geo';
import type { CellSeriesResponse, MapConfig, ReportBreakdown } from '@matthan/server/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser test starts the real product as a user would; this import never reaches the bundle.
import { startServerProcess, type ServerProcess } from '../../server/src/testing/server-process.js';
import { BACKGROUND_COLOR } from './map/offline-style.js';
import { launchChromium, pixelStats, signInContext, watchPage, type PageProblems } from './testing/browser.js';
import { ensureDashboardBuilt, ROOT } from './testing/build.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
// DOM overlays on the map, hidden from the pixel check so only WebGL output is counted.
const OVERLAYS = '.city-map__zoom, .legend';
/** Waiting for a load on a busy two-core machine; a wrong value still fails, only later. */
const LOADS = { timeout: 30_000 };

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let config: MapConfig;

const map = () => page.getByTestId('map');
const mapPixels = () => pixelStats(page, map(), BACKGROUND_COLOR, OVERLAYS);
const mapShot = () => map().screenshot({ style: `${OVERLAYS} { visibility: hidden !important; }` });
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';
const query = () => new URL(page.url()).searchParams;

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** The period the page asks for, from its own URL: Hanoi midnights, the last day included. */
function periodParams(): Record<string, string> {
  const q = query();
  const end = new Date(Date.parse(`${q.get('to')}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: `${q.get('from')}T00:00:00+07:00`, to: `${end}T00:00:00+07:00` };
}

/** Where a `[lng, lat]` is drawn on the map, in page pixels: web mercator around the untouched camera. */
async function screenPoint([lng, lat]: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await map().boundingBox())!;
  const world = 512 * 2 ** config.zoom;
  const mx = (x: number) => (x + 180) / 360;
  const my = (y: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2;
  const [cx, cy] = config.center;
  return {
    x: box.x + box.width / 2 + (mx(lng) - mx(cx)) * world,
    y: box.y + box.height / 2 + (my(lat) - my(cy)) * world,
  };
}

beforeAll(async () => {
  await ensureDashboardBuilt();
}, 300_000);

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  [server, browser] = await Promise.all([startServerProcess(), launchChromium()]);
  config = await api<MapConfig>('/api/config');
  context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  await signInContext(context, server.url, 'quyhoach');
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  problems = watchPage(page, server.url);
  await page.goto(`${server.url}/planning`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.destroy();
});

describe('planning view in a real browser', () => {
  it('opens in Vietnamese on the last three months and draws the hexagons on the offline basemap', async () => {
    await page.getByTestId('planning-view').waitFor();
    await expect.poll(() => query().get('from'), LOADS).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByTestId('preset-3').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('time-slider').waitFor(LOADS);
    // Software WebGL compiles shaders slowly: wait until the wards and hexagons are on screen.
    await expect
      .poll(async () => (await mapPixels()).drawnShare, { timeout: 90_000, interval: 1000 })
      .toBeGreaterThan(0.3);
    await expect.poll(async () => (await mapPixels()).saturatedPixels, { timeout: 30_000 }).toBeGreaterThan(100);
    expect(await text(page.getByTestId('slider-play'))).toContain('Phát');
    expect(problems.errors).toEqual([]);
  });

  it('plays the period back on one scale: another frame changes the map, not the legend', async () => {
    const slider = page.getByTestId('time-slider');
    const res = Number(await attr(slider, 'data-res'));
    const series = await api<CellSeriesResponse>(
      `/api/cells/series?${new URLSearchParams({ res: String(res), bucket: 'week', ...periodParams() })}`,
    );
    const legend = page.getByTestId('scale-legend');
    await expect.poll(() => attr(legend, 'data-max'), LOADS).toBe(String(series.max));
    const bins = await text(page.getByTestId('scale-bins'));
    expect(Number(await attr(slider, 'data-index'))).toBe(series.frames.length - 1);
    const last = series.frames[series.frames.length - 1]!;
    expect(Number(await attr(page.getByTestId('frame-total'), 'data-total'))).toBe(
      last.cells.reduce((s, c) => s + c.count, 0),
    );
    // The frame to go to: the latest one whose hexagons differ from the last frame's.
    const target = series.frames.findLastIndex((f) => JSON.stringify(f.cells) !== JSON.stringify(last.cells));
    expect(target).toBeGreaterThanOrEqual(0);
    const before = await mapShot();

    // Keyboard only: focus the range and step back with the arrow key.
    await page.getByTestId('slider-range').focus();
    for (let i = series.frames.length - 1; i > target; i--) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => attr(slider, 'data-index'), LOADS).toBe(String(target));
    expect(await attr(page.getByTestId('frame-label'), 'data-start')).toBe(series.frames[target]!.start);
    expect(query().get('from')).not.toBeNull();
    await expect.poll(async () => (await mapShot()).equals(before), { timeout: 30_000 }).toBe(false);
    expect(await attr(legend, 'data-max')).toBe(String(series.max));
    expect(await text(page.getByTestId('scale-bins'))).toBe(bins);

    // Play runs to the last frame and stops there.
    await page.getByTestId('slider-play').click();
    await expect.poll(() => attr(slider, 'data-index'), { timeout: 60_000 }).toBe(String(series.frames.length - 1));
    await expect.poll(() => attr(page.getByTestId('slider-play'), 'aria-pressed'), LOADS).toBe('false');
    expect(await text(page.getByTestId('scale-bins'))).toBe(bins);
    expect(problems.errors).toEqual([]);
  });

  it('opens a clicked hexagon’s drill-down with the API’s counts, and exports it as GeoJSON', async () => {
    const res = Number(await attr(page.getByTestId('time-slider'), 'data-res'));
    const series = await api<CellSeriesResponse>(
      `/api/cells/series?${new URLSearchParams({ res: String(res), bucket: 'week', ...periodParams() })}`,
    );
    const cells = series.frames[series.frames.length - 1]!.cells;
    // The busiest hexagon of the frame whose centre is on screen, clear of the map's controls.
    const covered = await Promise.all([
      page.locator('.legend').boundingBox(),
      page.locator('.city-map__zoom').boundingBox(),
    ]);
    const box = (await map().boundingBox())!;
    const clickable = (p: { x: number; y: number }) =>
      p.x > box.x + 20 &&
      p.x < box.x + box.width - 20 &&
      p.y > box.y + 20 &&
      p.y < box.y + box.height - 20 &&
      covered.every(
        (c) => !c || p.x < c.x - 10 || p.x > c.x + c.width + 10 || p.y < c.y - 10 || p.y > c.y + c.height + 10,
      );
    const placed = await Promise.all(
      cells.map(async (c) => ({ ...c, point: await screenPoint(cellToLngLat(c.cell)) })),
    );
    const busiest = placed.filter((c) => clickable(c.point)).sort((a, b) => b.count - a.count)[0]!;
    expect(busiest).toBeDefined();
    const point = busiest.point;
    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId('cell-panel');
    await expect.poll(() => attr(panel, 'data-cell'), LOADS).toBe(busiest.cell);
    await expect.poll(() => query().get('cell'), LOADS).toBe(busiest.cell);

    const expected = await api<ReportBreakdown>(
      `/api/reports/breakdown?${new URLSearchParams({ ...periodParams(), cell: busiest.cell })}`,
    );
    await expect.poll(() => attr(page.getByTestId('drill-total'), 'data-total'), LOADS).toBe(String(expected.total));
    const shown = async (testId: string) =>
      Promise.all(
        (await page.getByTestId(testId).all()).map(async (l) => [
          await attr(l, 'data-key'),
          Number(await attr(l, 'data-count')),
        ]),
      );
    expect(await shown('drill-category')).toEqual(expected.byCategory.map((c) => [c.category, c.count]));
    expect(await shown('drill-status')).toEqual(expected.byStatus.map((s) => [s.status, s.count]));
    await expect.poll(() => page.getByTestId('drill-report').count(), LOADS).toBe(Math.min(20, expected.total));

    const href = await attr(page.getByTestId('export-reports-geojson'), 'href');
    const exported = await page.request.get(`${server.url}${href}`);
    expect(exported.headers()['content-type']).toContain('application/geo+json');
    const collection = (await exported.json()) as { type: string; features: { geometry: { type: string } }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(expected.total);
    expect(collection.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    const cellFile = await page.request.get(
      `${server.url}${await attr(page.getByTestId('export-cell-geojson'), 'href')}`,
    );
    const cell = (await cellFile.json()) as { features: { id: string; properties: { count: number } }[] };
    expect(cell.features.map((f) => [f.id, f.properties.count])).toEqual([[busiest.cell, expected.total]]);
    await page.screenshot({ path: join(ARTIFACTS, 'planning.png') });
    expect(problems.errors).toEqual([]);
  });

  it('opens the busiest hexagon of the period from the keyboard alone', async () => {
    await page.getByTestId('cell-panel-close').click();
    await expect.poll(() => query().get('cell'), LOADS).toBeNull();
    const res = Number(await attr(page.getByTestId('time-slider'), 'data-res'));
    const series = await api<CellSeriesResponse>(
      `/api/cells/series?${new URLSearchParams({ res: String(res), bucket: 'week', ...periodParams() })}`,
    );
    const totals = new Map<string, number>();
    for (const f of series.frames) for (const c of f.cells) totals.set(c.cell, (totals.get(c.cell) ?? 0) + c.count);
    const top = Math.max(...totals.values());
    const first = page.getByTestId('busy-cell').first();
    const cell = await attr(first, 'data-cell');
    expect(totals.get(cell)).toBe(top);
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => attr(page.getByTestId('cell-panel'), 'data-cell'), LOADS).toBe(cell);
    await expect.poll(() => attr(page.getByTestId('drill-total'), 'data-total'), LOADS).toBe(String(top));
    expect(problems.errors).toEqual([]);
  });

  it('charts the monthly trends', async () => {
    const trends = page.getByTestId('trends');
    await expect.poll(() => attr(trends, 'data-total'), LOADS).not.toBe('');
    const monthly = await api<{ counts: { count: number }[] }>(
      `/api/reports/monthly?${new URLSearchParams(periodParams())}`,
    );
    expect(Number(await attr(trends, 'data-total'))).toBe(monthly.counts.reduce((s, c) => s + c.count, 0));
    await expect
      .poll(() => page.locator('[data-testid="trends-chart"] .recharts-bar-rectangle').count(), LOADS)
      .toBeGreaterThan(0);
  });

  it('shows the emerging-hotspot map with its legend', { timeout: 120_000 }, async () => {
    await page.getByTestId('mode-emerging').click();
    await expect.poll(() => query().get('map'), LOADS).toBe('emerging');
    const legend = page.getByTestId('emerging-legend');
    await expect.poll(() => legend.getByRole('status').count(), { timeout: 60_000 }).toBe(0);
    expect(await text(legend)).toContain('Điểm nóng mới nổi');
    await page.screenshot({ path: join(ARTIFACTS, 'planning-emerging.png'), timeout: 60_000 });
    await page.getByTestId('mode-density').click();
    await page.getByTestId('time-slider').waitFor();
    expect(problems.errors).toEqual([]);
  });

  it('switches the strings to English and back', async () => {
    await page.mouse.move(1, 1); // no hexagon tooltip left over from the clicks
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await text(page.locator('#trends-title'))).toBe('Monthly trends');
    expect(await text(page.getByTestId('slider-play'))).toContain('Play');
    expect(await text(page.getByTestId('preset-6'))).toBe('Last 6 months');
    // What is on screen (innerText skips hidden elements, such as a tooltip no longer shown);
    // citizens' own descriptions stay as they wrote them.
    const chrome = await page.evaluate(() => {
      let shown = document.body.innerText;
      for (const d of document.querySelectorAll<HTMLElement>('.cell-panel__description'))
        shown = shown.replace(d.innerText, '');
      return shown;
    });
    expect(chrome).not.toMatch(/Xu hướng|Giai đoạn|Tạm dừng|Phát|phản ánh/);
    await page.screenshot({ path: join(ARTIFACTS, 'planning-en.png'), timeout: 60_000 });
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page.locator('#trends-title'))).toBe('Xu hướng theo tháng');
    expect(problems.errors).toEqual([]);
  });

  it('keeps a shared link: the period and category open the same view elsewhere', async () => {
    await page.getByTestId('preset-6').click();
    await page.getByTestId('planning-category').selectOption('trash');
    await expect.poll(() => query().get('category'), LOADS).toBe('trash');
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.getByTestId('planning-category').inputValue(), LOADS).toBe('trash');
    expect(await shared.getByTestId('preset-6').getAttribute('aria-pressed')).toBe('true');
    await shared.close();
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    const visitor = await browser.newPage();
    await visitor.goto(`${server.url}/planning`);
    await visitor.getByTestId('staff-only').waitFor(LOADS);
    expect(await visitor.getByTestId('planning-view').count()).toBe(0);
    const link = visitor.getByTestId('staff-only').locator('a[href^="/signin?next="]');
    expect(decodeURIComponent(await attr(link, 'href'))).toBe('/signin?next=/planning');
    await visitor.close();
  });

  it('asks nothing of the internet', () => {
    expect(problems.foreignRequests).toEqual([]);
  });
});
