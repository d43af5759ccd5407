import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser test starts the real product as a user would; these imports never reach the bundle.
import { startServerProcess, type ServerProcess } from '../../server/src/testing/server-process.js';
import { BACKGROUND_COLOR } from './map/offline-style.js';
import { launchChromium, pixelStats, watchPage, type PageProblems } from './testing/browser.js';
import { ensureDashboardBuilt, ROOT } from './testing/build.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const HOAN_KIEM_LAKE = { longitude: 105.8542, latitude: 21.0285 };
const OVERLAYS = '.city-map__zoom, .map-tools';

let server: ServerProcess;
let browser: Browser;
let phone: BrowserContext;
let page: Page;
let problems: PageProblems;

const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
const mapPixels = () => pixelStats(page, page.getByTestId('map'), BACKGROUND_COLOR, OVERLAYS);
const drawn = () =>
  expect.poll(async () => (await mapPixels()).drawnShare, { timeout: 90_000, interval: 1000 }).toBeGreaterThan(0.2);

beforeAll(async () => {
  await ensureDashboardBuilt();
}, 300_000);

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  [server, browser] = await Promise.all([startServerProcess(), launchChromium()]);
  // A phone: small portrait screen, touch, and a position to share when asked.
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: true,
    geolocation: HOAN_KIEM_LAKE,
    permissions: ['geolocation'],
  });
  page = await phone.newPage();
  page.setDefaultTimeout(10_000);
  problems = watchPage(page, server.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.destroy();
});

async function photoPng(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: '#c8553d' } })
    .png()
    .toBuffer();
}

describe('citizen pages on a phone', () => {
  let trackingCode = '';
  const description = `Rác đổ trộm cạnh hồ (e2e ${Date.now()})`;

  it('opens /report in Vietnamese with the offline map drawn', async () => {
    await page.goto(`${server.url}/report`);
    expect(await text(page.locator('main h2'))).toBe('Gửi phản ánh');
    await drawn();
    await page.screenshot({ path: join(ARTIFACTS, 'citizen-report-empty.png'), fullPage: true });
    expect(problems.errors).toEqual([]);
  });

  it('says what is missing instead of sending an incomplete report', async () => {
    await page.getByTestId('report-submit').click();
    const missing = await text(page.getByTestId('report-problems'));
    expect(missing).toContain('Hãy chạm vào bản đồ');
    expect(missing).toContain('Hãy chọn loại sự việc');
  });

  it('takes the phone’s position, then a tap on the map moves the pin', async () => {
    await page.getByTestId('locate').click();
    await expect.poll(() => text(page.getByTestId('report-location'))).toBe('Vị trí: 21.02850, 105.85420');
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.getByTestId('map').tap({ position: { x: box.width / 2 + 20, y: box.height / 2 } });
    await expect.poll(() => text(page.getByTestId('report-location'))).not.toBe('Vị trí: 21.02850, 105.85420');
    expect(await text(page.getByTestId('report-location'))).toMatch(/^Vị trí: 21\.\d{5}, 105\.\d{5}$/);
  });

  it('sends once with a photo even when the first reply is lost, and gives a tracking code', async () => {
    await page.getByTestId('report-category').selectOption('trash');
    await page.getByTestId('report-description').fill(description);
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'ho.png', mimeType: 'image/png', buffer: await photoPng() });
    const preview = page.getByTestId('photo-previews').locator('img');
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);

    // The first POST reaches the server and is stored, but its reply never reaches the phone.
    const keys: string[] = [];
    await page.route('**/api/reports', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.getByTestId('report-submit').click();
    const error = page.getByTestId('report-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('network');
    expect(await text(error)).toContain('sẽ không bị gửi hai lần');
    await page.screenshot({ path: join(ARTIFACTS, 'citizen-report-retry.png'), fullPage: true });

    await page.getByTestId('report-submit').click();
    trackingCode = await text(page.getByTestId('tracking-code'));
    expect(trackingCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^web-[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    await page.unroute('**/api/reports');

    // Two sends, one report.
    const list = (await (await fetch(`${server.url}/api/reports?limit=1000`)).json()) as {
      items: { description: string; mediaCount: number; linkedTo: string | null }[];
    };
    const mine = list.items.filter((r) => r.description === description);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.mediaCount).toBe(1);
    // A "me too" of an open report nearby is told so on the receipt; any other report is not.
    expect(await page.getByTestId('receipt-me-too').count()).toBe(mine[0]!.linkedTo ? 1 : 0);
    await page.screenshot({ path: join(ARTIFACTS, 'citizen-receipt.png'), fullPage: true });
    // The reply this test cut off is the one console error it expects; nothing else may have failed.
    expect(problems.errors).toEqual(['console.error: Failed to load resource: net::ERR_CONNECTION_RESET']);
    problems.errors.length = 0;
  });

  it('follows the code to its timeline in Hà Nội time, with the photo', async () => {
    await page.getByTestId('receipt-track').click();
    await page.waitForURL(`**/track/${trackingCode}`);
    const tracked = page.getByTestId('tracked-report');
    await tracked.waitFor();
    expect(await text(page.getByTestId('tracked-status'))).toBe('Mới');
    expect(await text(tracked)).toContain(description);
    expect(await text(tracked)).toContain('Phường');
    const step = page.getByTestId('timeline').locator('li').first();
    expect(await text(step.locator('strong'))).toBe('Mới');
    // "HH:MM DD/MM/YYYY" in Vietnamese, the same instant as the report in Hà Nội's zone.
    const iso = (await step.locator('time').getAttribute('dateTime'))!;
    const hanoi = new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(iso));
    expect(await text(step.locator('time'))).toBe(hanoi);
    expect(hanoi).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    const photo = page.getByTestId('tracked-photos').locator('img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await page.screenshot({ path: join(ARTIFACTS, 'citizen-track.png'), fullPage: true });
    expect(problems.errors).toEqual([]);
  });

  it('explains an unknown code in the reader’s language, and the switch changes every string', async () => {
    await page.goto(`${server.url}/track/NOPE0-NOPE0`);
    const error = page.getByTestId('track-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('tracking_code_not_found');
    expect(await text(error)).toContain('Hãy kiểm tra lại mã');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page.getByTestId('track-error'))).toContain('Check the code on your receipt');
    expect(await text(page.locator('main h2'))).toBe('Track a report');
    expect(await text(page.locator('nav'))).toBe('OperationsReportTrackPublic map');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page.locator('main h2'))).toBe('Tra cứu phản ánh');
  });

  it('shows the public map with outcome figures and no reporter details', async () => {
    const wall = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const wallProblems = watchPage(wall, server.url);
    await wall.goto(`${server.url}/public`);
    const total = wall.getByTestId('counter-total');
    await expect
      .poll(async () => Number(await total.getAttribute('data-count')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const open = Number(await wall.getByTestId('counter-open').getAttribute('data-count'));
    const done = Number(await wall.getByTestId('counter-done').getAttribute('data-count'));
    expect(open + done).toBeLessThanOrEqual(Number(await total.getAttribute('data-count')));
    await expect
      .poll(async () => (await pixelStats(wall, wall.getByTestId('map'), BACKGROUND_COLOR, OVERLAYS)).saturatedPixels, {
        timeout: 90_000,
        interval: 1000,
      })
      .toBeGreaterThan(100);
    expect(await wall.content()).not.toMatch(/trackingCode|reporter/);
    await wall.screenshot({ path: join(ARTIFACTS, 'public-map.png') });
    expect(wallProblems.errors).toEqual([]);
    expect(wallProblems.foreignRequests).toEqual([]);
    await wall.close();
  });

  it('asks nothing of the internet', () => {
    expect(problems.foreignRequests).toEqual([]);
  });
});
