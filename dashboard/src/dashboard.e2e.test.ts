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
const OVERLAYS = '.city-map__zoom';

let server: ServerProcess;
let browser: Browser;
let page: Page;
let problems: PageProblems;

const map = () => page.getByTestId('map');
const mapPixels = () => pixelStats(page, map(), BACKGROUND_COLOR, OVERLAYS);
const cellsTotal = async () => Number(await page.getByTestId('cells-total').getAttribute('data-total'));
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();

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
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-after-report.png') });
    expect(problems.errors).toEqual([]);
  });

  it('switches every visible string to English and back', async () => {
    const item = page.getByTestId('feed-item').first();
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await text(page.locator('#feed-title'))).toBe('Latest reports');
    expect(await text(page.getByTestId('stream-status'))).toBe('Live');
    expect(await text(item.getByTestId('feed-category'))).toBe('Trash');
    expect(await text(item)).toContain('Hoan Kiem');
    expect(await page.getByRole('button', { name: 'Trash' }).isVisible()).toBe(true);
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

  it('asks nothing of the internet', () => {
    expect(problems.foreignRequests).toEqual([]);
  });
});
