import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { OverdueResponse, ReportCreated, UnitList, UnitStatsResponse } from '@matthan/server/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser test starts the real product as a user would; this import never reaches the bundle.
import { startServerProcess, type ServerProcess } from '../../server/src/testing/server-process.js';
import { launchChromium, signInContext, watchPage, type PageProblems } from './testing/browser.js';
import { ensureDashboardBuilt, ROOT } from './testing/build.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
/** Waiting for a load on a busy two-core machine; a wrong value still fails, only later. */
const LOADS = { timeout: 30_000 };
// Columns of the leaderboard as the table marks them (data-col), and the figure each shows.
const FIGURES = ['received', 'processed', 'onTimePercent', 'overdueNow', 'reopened', 'satisfactionPercent'] as const;

let server: ServerProcess;
let browser: Browser;
let operator: BrowserContext;
let page: Page;
let problems: PageProblems;
let statsUrl = '';

const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();

async function signedInPage(username: string | null): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  if (username) await signInContext(context, server.url, username);
  const p = await context.newPage();
  p.setDefaultTimeout(15_000);
  return { context, page: p };
}

type Row = { unitCode: string | null } & Record<(typeof FIGURES)[number], number | null>;

/** Every row of the leaderboard as the page shows it: unit code and the figures (null for "—"). */
function tableRows(p: Page): Promise<Row[]> {
  const read = (rows: Element[], cols: readonly string[]) =>
    rows.map((r) => {
      const figures: Record<string, number | null> = {};
      for (const c of cols) {
        const v = r.querySelector(`td[data-col="${c}"]`)?.getAttribute('data-value') ?? '';
        figures[c] = v === '' ? null : Number(v);
      }
      return { unitCode: r.getAttribute('data-unit'), ...figures } as Row;
    });
  return p.getByTestId('leaderboard').locator('tbody tr').evaluateAll(read, FIGURES);
}

beforeAll(async () => {
  await ensureDashboardBuilt();
}, 300_000);

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  [server, browser] = await Promise.all([startServerProcess(), launchChromium()]);
  ({ context: operator, page } = await signedInPage('dieuhanh'));
  problems = watchPage(page, server.url);
  const stats = page.waitForResponse((r) => r.url().includes('/api/units/stats'));
  await page.goto(`${server.url}/units`);
  statsUrl = (await stats).url();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.destroy();
});

describe('units and deadlines in a real browser', () => {
  it('shows the operator every unit with the figures of /api/units/stats', async () => {
    await page.getByTestId('leaderboard').waitFor(LOADS);
    const api = (await (await operator.request.get(statsUrl)).json()) as UnitStatsResponse;
    expect(api.units.length).toBeGreaterThan(10);
    const shown = await tableRows(page);
    const expected = api.units.map((u) => ({
      unitCode: u.unitCode,
      ...Object.fromEntries(FIGURES.map((c) => [c, u[c]])),
    }));
    // Most overdue first, as the server orders it; the same figures unit by unit.
    expect(shown.map((r) => r.unitCode)).toEqual(expected.map((r) => r.unitCode));
    expect(shown).toEqual(expected);
    expect(await page.locator('tbody tr.units-row--overdue').count()).toBe(
      api.units.filter((u) => u.overdueNow > 0).length,
    );
  });

  it('draws the trend charts as SVG lines', async () => {
    for (const chart of ['chart-volume', 'chart-ontime', 'chart-overdue']) {
      const curves = page.getByTestId(chart).locator('svg path.recharts-curve');
      await expect.poll(() => curves.count(), LOADS).toBeGreaterThan(0);
      expect(await curves.first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    expect(await page.getByTestId('chart-volume').locator('svg path.recharts-curve').count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'units.png'), fullPage: true });
    expect(problems.errors).toEqual([]);
  });

  it('draws the trend of the unit chosen, then of the city again', async () => {
    const asked = page.waitForResponse((r) => r.url().includes('/api/units/trend') && r.url().includes('unit=00070'));
    await page.getByTestId('trend-unit').selectOption('00070');
    expect((await asked).status()).toBe(200);
    expect(await page.locator('tbody tr[data-unit="00070"]').getAttribute('class')).toContain('units-row--picked');
    await page.getByTestId('trend-unit').selectOption('');
    await expect.poll(() => page.locator('tbody tr.units-row--picked').count()).toBe(0);
  });

  it('sorts by a column when its heading is clicked, and says so to screen readers', async () => {
    const heading = page.locator('th[data-col="received"]');
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    const received = (await tableRows(page)).map((r) => r.received!);
    expect(received).toEqual([...received].sort((a, b) => b - a));
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    const again = (await tableRows(page)).map((r) => r.received!);
    expect(again).toEqual([...again].sort((a, b) => a - b));
  });

  it('lists the overdue reports most late first, each linking to the live view’s drawer', async () => {
    const items = page.getByTestId('overdue-list').locator('li');
    await items.first().waitFor(LOADS);
    const api = (await (
      await operator.request.get(`${server.url}/api/reports/overdue?limit=50`)
    ).json()) as OverdueResponse;
    const minutes = await items.evaluateAll((li) => li.map((l) => Number(l.getAttribute('data-overdue-minutes'))));
    expect(minutes.length).toBeGreaterThan(1);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    const ids = await items.evaluateAll((li) => li.map((l) => l.getAttribute('data-id')));
    expect(ids).toEqual(api.items.map((r) => r.id));
    expect(await items.first().locator('a').getAttribute('href')).toBe(`/?report=${api.items[0]!.id}`);
    expect(await text(items.first().locator('.units-overdue__late'))).toMatch(/^quá hạn \d+ (ngày|giờ|phút)/);
  });

  it('switches to English and back', async () => {
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page.locator('main h2'))).toBe('Units and deadlines');
    expect(await text(page.locator('th[data-col="received"] button'))).toContain('Received');
    // Unit names follow the language too (SXD's differ: Sở Xây dựng Hà Nội / Hà Nội Department of Construction).
    const { items } = (await (await fetch(`${server.url}/api/units`)).json()) as UnitList;
    const sxd = items.find((u) => u.code === 'SXD')!;
    const sxdName = () => text(page.locator('tbody tr[data-unit="SXD"] th'));
    await expect.poll(sxdName).toBe(sxd.nameEn);
    await expect.poll(() => text(page.locator('.units-overdue__late').first())).toMatch(/overdue$/);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => text(page.locator('main h2'))).toBe('Đơn vị & hạn xử lý');
    expect(await sxdName()).toBe(sxd.nameVi);
    expect(problems.errors).toEqual([]);
  });

  it('shows unit staff only their own unit, and no city-wide choice', async () => {
    const { context, page: staff } = await signedInPage('hoankiem');
    const staffProblems = watchPage(staff, server.url);
    await staff.goto(`${server.url}/units`);
    await staff.getByTestId('leaderboard').waitFor(LOADS);
    expect((await tableRows(staff)).map((r) => r.unitCode)).toEqual(['00070']);
    expect(await staff.getByTestId('trend-unit').count()).toBe(0);
    await staff.getByTestId('chart-volume').locator('svg path.recharts-curve').first().waitFor(LOADS);
    const units = await staff
      .getByTestId('overdue-list')
      .locator('li')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-unit')));
    expect(new Set(units)).toEqual(new Set(units.length > 0 ? ['00070'] : []));
    expect(staffProblems.errors).toEqual([]);
    await context.close();
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    const { context, page: visitor } = await signedInPage(null);
    await visitor.goto(`${server.url}/units`);
    const prompt = visitor.getByTestId('staff-only');
    await prompt.waitFor(LOADS);
    expect(await prompt.locator('a').getAttribute('href')).toBe('/signin?next=%2Funits');
    expect(await visitor.getByTestId('leaderboard').count()).toBe(0);
    await context.close();
  });
});

describe('the citizen rates a resolved report on /track/:code', () => {
  let report: ReportCreated;

  it('drives a report to resolved through the staff API', async () => {
    // Traffic needs no after photo to be resolved; Ba Vì is far from the demo reports (no "me too").
    const res = await fetch(`${server.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'traffic',
        description: 'Đèn tín hiệu ở ngã ba hỏng, xe đi lộn xộn.',
        location: [105.4215, 21.1502],
      }),
    });
    expect(res.status).toBe(201);
    report = (await res.json()) as ReportCreated;
    expect([report.status, report.linkedTo]).toEqual(['new', null]);
    for (const command of [{ action: 'receive' }, { action: 'resolve', note: 'Đã sửa đèn tín hiệu.' }]) {
      const acted = await operator.request.post(`${server.url}/api/reports/${report.id}/actions`, {
        data: command,
        headers: { origin: server.url },
      });
      expect([command.action, acted.status()]).toEqual([command.action, 200]);
    }
  });

  it('rates it, sees the rating on the timeline, and cannot rate it twice', async () => {
    const { context, page: citizen } = await signedInPage(null);
    const citizenProblems = watchPage(citizen, server.url);
    await citizen.goto(`${server.url}/track/${report.trackingCode}`);
    const form = citizen.getByTestId('rating-form');
    await form.waitFor(LOADS);
    // Sending with no choice says what to do, without a request.
    await citizen.getByTestId('rating-send').click();
    expect(await citizen.getByTestId('rating-error').getAttribute('data-code')).toBe('ratingPick');
    await form.getByLabel('Không hài lòng').check();
    expect(await citizen.getByTestId('rating-not-fixed').count()).toBe(1);
    await form.getByLabel('Hài lòng', { exact: true }).check();
    expect(await citizen.getByTestId('rating-not-fixed').count()).toBe(0);
    await citizen.getByTestId('rating-comment').fill('Đèn đã sáng lại, cảm ơn.');
    // A file that is no photo: the server's refusal is shown in Vietnamese, saying what to do.
    const notAPhoto = { name: 'den.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') };
    await citizen.getByTestId('rating-photo').setInputFiles(notAPhoto);
    await citizen.getByTestId('rating-send').click();
    const refused = citizen.getByTestId('rating-error');
    await expect.poll(() => refused.getAttribute('data-code'), LOADS).toBe('unsupported_media_type');
    expect(await text(refused)).toContain('Hãy đính kèm một bức ảnh');
    expect(citizenProblems.errors).toEqual([
      'console.error: Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)',
    ]);
    citizenProblems.errors.length = 0;
    await citizen.getByRole('button', { name: 'Bỏ ảnh' }).click();
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#3d8bc8' } })
      .png()
      .toBuffer();
    await citizen.getByTestId('rating-photo').setInputFiles({ name: 'den.png', mimeType: 'image/png', buffer: photo });
    await citizen.screenshot({ path: join(ARTIFACTS, 'track-rating-form.png'), fullPage: true });
    await citizen.getByTestId('rating-send').click();

    const rated = citizen.locator('[data-testid="timeline"] li[data-rating="satisfied"]');
    await rated.waitFor(LOADS);
    expect(await text(rated.locator('strong'))).toBe('Đánh giá: Hài lòng');
    expect(await citizen.getByTestId('tracked-report').getAttribute('data-status')).toBe('closed');
    expect(await text(citizen.getByTestId('rating-notice'))).toBe('Cảm ơn bạn đã đánh giá.');
    expect(await text(citizen.getByTestId('tracked-ratings'))).toContain('Đèn đã sáng lại, cảm ơn.');
    expect(await citizen.getByTestId('rating-form').count()).toBe(0);
    // The rating's photo is the report's only one.
    await expect.poll(() => citizen.getByTestId('tracked-photos').locator('img').count(), LOADS).toBe(1);
    await citizen.screenshot({ path: join(ARTIFACTS, 'track-rating.png'), fullPage: true });

    // A second rating is refused by the server, and the citizen is told why.
    const again = await fetch(`${server.url}/api/track/${report.trackingCode}/rating`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
      body: JSON.stringify({ rating: 'accepted' }),
    });
    expect(again.status).toBe(409);
    expect(citizenProblems.errors).toEqual([]);
    await context.close();
  });

  it('reopens the report when it is not fixed, and offers the form again after the next resolution', async () => {
    const res = await fetch(`${server.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'noise',
        description: 'Karaoke hát to sau 23 giờ mỗi tối.',
        location: [105.4301, 21.1431],
      }),
    });
    const second = (await res.json()) as ReportCreated;
    const act = async (command: Record<string, string>) => {
      const acted = await operator.request.post(`${server.url}/api/reports/${second.id}/actions`, {
        data: command,
        headers: { origin: server.url },
      });
      expect([command.action, acted.status()]).toEqual([command.action, 200]);
    };
    await act({ action: 'receive' });
    await act({ action: 'resolve', note: 'Đã nhắc nhở hộ kinh doanh.' });
    const { context, page: citizen } = await signedInPage(null);
    const citizenProblems = watchPage(citizen, server.url);
    await citizen.goto(`${server.url}/track/${second.trackingCode}`);
    await citizen.getByTestId('rating-form').waitFor(LOADS);
    await citizen.getByLabel('Không hài lòng').check();
    await citizen.getByTestId('rating-not-fixed').check();
    await citizen.getByTestId('rating-send').click();
    const reopened = citizen.locator('[data-testid="timeline"] li[data-rating="not_satisfied"]');
    await reopened.waitFor(LOADS);
    expect(await text(reopened.locator('strong'))).toBe('Đánh giá: Không hài lòng — chưa khắc phục');
    expect(await citizen.getByTestId('tracked-report').getAttribute('data-status')).toBe('reopened');
    expect(await citizen.getByTestId('rating-form').count()).toBe(0);

    // The unit handles it again; this resolution may be rated in its turn.
    await act({ action: 'resolve', note: 'Đã lập biên bản, hộ kinh doanh cam kết tắt loa sau 22 giờ.' });
    await citizen.reload();
    await citizen.getByTestId('rating-form').waitFor(LOADS);
    // Someone rates it from another phone while this page is open: this page is told, and shows it.
    await fetch(`${server.url}/api/track/${second.trackingCode}/rating`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rating: 'accepted' }),
    });
    await citizen.getByLabel('Hài lòng', { exact: true }).check();
    await citizen.getByTestId('rating-send').click();
    const notice = citizen.getByTestId('rating-notice');
    await notice.waitFor(LOADS);
    expect(await text(notice)).toContain('đã được đánh giá');
    await citizen.locator('[data-testid="timeline"] li[data-rating="accepted"]').waitFor(LOADS);
    expect(await citizen.getByTestId('tracked-report').getAttribute('data-status')).toBe('closed');
    expect(await citizen.getByTestId('rating-form').count()).toBe(0);
    // The refused POST is the one console error expected.
    expect(citizenProblems.errors).toEqual([
      'console.error: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    await context.close();
  });
});
