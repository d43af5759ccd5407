import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser test starts the real product as a user would; this import never reaches the bundle.
import { startServerProcess, type ServerProcess } from '../../server/src/testing/server-process.js';
import { BACKGROUND_COLOR } from './map/offline-style.js';
import { launchChromium, pixelStats, watchPage, type PageProblems } from './testing/browser.js';
import { ensureDashboardBuilt, ROOT } from './testing/build.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const HOAN_KIEM_LAKE: [number, number] = [105.8542, 21.0285];
// DOM overlays on the map, hidden from the pixel check so only WebGL output is counted.
const OVERLAYS = '.city-map__zoom, .map-tools';

let server: ServerProcess;
let browser: Browser;
let page: Page;
let problems: PageProblems;
/** What GET /api/hotspots/emerging answered the page (the marks on new and growing hotspots). */
const emergingStatuses: number[] = [];

const map = () => page.getByTestId('map');
const mapPixels = () => pixelStats(page, map(), BACKGROUND_COLOR, OVERLAYS);
const cellsTotal = async () => Number(await page.getByTestId('cells-total').getAttribute('data-total'));
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
const counter = async (key: string) =>
  Number((await page.getByTestId(`counter-${key}`).getAttribute('data-count')) ?? NaN);
const query = () => new URL(page.url()).searchParams;
/** Waiting for a load on a busy two-core machine; a wrong value still fails, only later. */
const LOADS = { timeout: 30_000 };
/** The server's own count for the same filters, to compare the map with. */
async function apiTotal(params: Record<string, string>): Promise<number> {
  const qs = new URLSearchParams({ res: '5', bbox: '104.5,20.3,106.5,21.8', ...params });
  const body = (await (await fetch(`${server.url}/api/cells?${qs}`)).json()) as { total: number };
  return body.total;
}

beforeAll(async () => {
  await ensureDashboardBuilt();
}, 300_000);

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  [server, browser] = await Promise.all([startServerProcess(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // A missing element should fail its test quickly, not hold the suite for Playwright's 30 s.
  page.setDefaultTimeout(10_000);
  problems = watchPage(page, server.url);
  page.on('response', (r) => {
    if (r.url().includes('/api/hotspots/emerging')) emergingStatuses.push(r.status());
  });
  await page.goto(server.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.destroy();
});

describe('dashboard in a real browser', () => {
  it('opens in Vietnamese and draws the wards on the offline basemap', async () => {
    expect(await text(page.locator('h1'))).toBe('Mắt Thần');
    await expect.poll(() => text(page.getByTestId('stream-status')), { timeout: 60_000 }).toBe('Trực tuyến');
    // Software WebGL compiles shaders slowly: wait until the wards are actually on screen.
    await expect
      .poll(async () => (await mapPixels()).drawnShare, { timeout: 90_000, interval: 1000 })
      .toBeGreaterThan(0.3);
    const stats = await mapPixels();
    expect(stats.width).toBeGreaterThan(400);
    // Outlines, fills and anti-aliased names make hundreds of colours; a blank canvas has one.
    expect(stats.distinctColours).toBeGreaterThan(50);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-vi.png') });
    expect(problems.errors).toEqual([]);
  });

  it('shows a report posted to the API in the feed and on the map without a reload', async () => {
    const totalBefore = await cellsTotal();
    await expect.poll(() => counter('today'), { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
    const todayBefore = await counter('today');
    const posted = Date.now();
    const res = await fetch(`${server.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'trash',
        description: `Rác đổ trộm ven hồ (e2e ${posted})`,
        location: HOAN_KIEM_LAKE,
      }),
    });
    expect(res.status).toBe(201);
    const report = (await res.json()) as { id: string; wardCode: string };

    const item = page.locator(`[data-testid="feed-item"][data-report-id="${report.id}"]`);
    await item.waitFor({ state: 'visible', timeout: 5000 });
    console.log(`[e2e] report in the feed ${Date.now() - posted} ms after the POST was sent`);
    expect(await page.getByTestId('feed-item').first().getAttribute('data-report-id')).toBe(report.id);
    expect(await text(item.getByTestId('feed-category'))).toBe('Rác thải');
    expect(await text(item)).toContain('Phường Hoàn Kiếm');

    // Its hexagon's count went up by one, and hexagons are drawn in the scale's colours.
    await expect.poll(cellsTotal, { timeout: 5000 }).toBe(totalBefore + 1);
    await expect.poll(async () => (await mapPixels()).saturatedPixels, { timeout: 30_000 }).toBeGreaterThan(100);
    await expect.poll(() => counter('today'), { timeout: 10_000 }).toBe(todayBefore + 1);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-after-report.png') });
    expect(problems.errors).toEqual([]);
  });

  it('marks new, intensifying and persistent hotspots from the emerging-hotspot API, with a key', async () => {
    await expect.poll(() => emergingStatuses.length, LOADS).toBeGreaterThan(0);
    expect(emergingStatuses.every((s) => s === 200)).toBe(true);
    expect(await text(page.getByTestId('emerging-key'))).toContain('✚ mới nổi');
  });

  it('switches every visible string to English and back', async () => {
    const item = page.getByTestId('feed-item').first();
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await text(page.locator('#feed-title'))).toBe('Latest reports');
    expect(await text(page.getByTestId('stream-status'))).toBe('Live');
    expect(await text(item.getByTestId('feed-category'))).toBe('Trash');
    expect(await text(item)).toContain('Hoan Kiem');
    expect(await page.getByRole('button', { name: 'Trash', exact: true }).isVisible()).toBe(true);
    // Every string of the interface is English; citizens' own descriptions stay as they wrote them.
    const chrome = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.feed__description').forEach((e) => e.remove());
      return copy.textContent ?? '';
    });
    expect(chrome).not.toMatch(/Phản ánh|Rác thải|Tất cả|Trực tuyến/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-en.png') });

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page.locator('#feed-title'))).toBe('Phản ánh mới');
    expect(problems.errors).toEqual([]);
  });

  it('puts every filter and the map position in the URL, and back undoes a filter', async () => {
    await expect.poll(() => query().get('at'), LOADS).toMatch(/^105\.\d{5},21\.\d{5},11\.00$/);
    const everything = await cellsTotal();
    await page.getByRole('button', { name: 'Rác thải', exact: true }).click();
    await expect.poll(() => query().get('category'), LOADS).toBe('trash');
    const trash = await apiTotal({ category: 'trash' });
    await expect.poll(cellsTotal, LOADS).toBe(trash);
    expect(trash).toBeLessThan(everything);

    await page.getByTestId('filter-status').selectOption('new');
    await expect.poll(() => query().get('status'), LOADS).toBe('new');
    await page.getByTestId('filter-period').selectOption('30d');
    await expect.poll(() => query().get('period'), LOADS).toBe('30d');
    await page.getByTestId('filter-ward').selectOption('00070');
    await expect.poll(() => query().get('ward'), LOADS).toBe('00070');
    await expect.poll(cellsTotal, LOADS).toBe(
      await apiTotal({
        category: 'trash',
        status: 'new',
        ward: '00070',
        from: new Date(Date.now() - 30 * 86400_000).toISOString(),
      }),
    );
    await page.getByRole('button', { name: 'Phóng to' }).click();
    await expect.poll(() => query().get('at'), LOADS).toMatch(/,12\.00$/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-filtered.png'), timeout: 60_000 });

    // A shared link opens the same view in another browser tab.
    const shared = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await shared.goto(page.url());
    await expect.poll(() => shared.getByTestId('filter-ward').inputValue(), LOADS).toBe('00070');
    expect(await shared.getByTestId('filter-status').inputValue()).toBe('new');
    expect(await shared.getByRole('button', { name: 'Rác thải', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await shared.close();

    // Back undoes the last filter (the zoom only replaced the entry), then the one before.
    await page.goBack();
    await expect.poll(() => page.getByTestId('filter-ward').inputValue(), LOADS).toBe('');
    expect(query().get('status')).toBe('new');
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect
      .poll(() => page.getByRole('button', { name: 'Rác thải', exact: true }).getAttribute('aria-pressed'), LOADS)
      .toBe('false');
    expect(query().get('category')).toBeNull();
    await expect.poll(cellsTotal, LOADS).toBe(everything);
    expect(problems.errors).toEqual([]);
  });

  it('shows only overdue reports with one switch, counted like the server counts them', async () => {
    const overdue = await apiTotal({ overdue: 'true' });
    expect(overdue).toBeGreaterThan(0);
    await expect.poll(() => counter('overdue'), LOADS).toBe(overdue);
    const before = await cellsTotal();
    await page.getByTestId('filter-overdue').click();
    expect(query().get('overdue')).toBe('1');
    await expect.poll(cellsTotal, LOADS).toBeLessThan(before);
    expect(await cellsTotal()).toBeLessThanOrEqual(overdue);
    await expect.poll(() => counter('done'), LOADS).toBe(0);
    await page.getByTestId('filter-overdue').click();
    expect(query().get('overdue')).toBeNull();
    expect(problems.errors).toEqual([]);
  });

  it('switches to a heatmap and back, and remembers it in the URL', { timeout: 300_000 }, async () => {
    const toggle = page.getByTestId('heatmap-toggle');
    // Software WebGL compiles the heatmap's shaders on first use, holding the page for a while.
    const slow = { timeout: 120_000 };
    await toggle.click(slow);
    await expect.poll(() => query().get('heat'), LOADS).toBe('1');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await mapPixels()).saturatedPixels, { timeout: 30_000 }).toBeGreaterThan(1000);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-heatmap.png'), ...slow });
    await toggle.click(slow);
    await expect.poll(() => query().get('heat'), LOADS).toBeNull();
    expect(problems.errors).toEqual([]);
  });

  it('opens a report from the feed in a drawer that the keyboard alone can use and leave', async () => {
    const opener = page.getByTestId('feed-item').first().locator('button');
    const id = await page.getByTestId('feed-item').first().getAttribute('data-report-id');
    await opener.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('drawer');
    await drawer.waitFor();
    await expect.poll(() => page.getByTestId('report-details').getAttribute('data-report-id'), LOADS).toBe(id);
    const focused = () => page.evaluate(() => document.activeElement?.closest('[data-testid="drawer"]') !== null);
    expect(await focused()).toBe(true);
    // Tab and Shift+Tab stay inside the panel.
    for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await focused()).toBe(true);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-drawer.png'), timeout: 60_000 });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(problems.errors).toEqual([]);
  });

  it('asks nothing of the internet', () => {
    expect(problems.foreignRequests).toEqual([]);
  });
});
