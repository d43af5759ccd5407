import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser test starts the real product as a user would; this import never reaches the bundle.
import { startServerProcess, type ServerProcess } from '../../server/src/testing/server-process.js';
import { DEMO_PASSWORD, launchChromium, signInContext, watchPage, type PageProblems } from './testing/browser.js';
import { ensureDashboardBuilt, ROOT } from './testing/build.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
// Places in Phường Hoàn Kiếm (unit 00070) a few hundred metres apart, and one in Ba Đình.
const HOAN_KIEM: [number, number] = [105.8519, 21.0288];
const HANG_BAI: [number, number] = [105.8525, 21.0205];
const HANG_DAO: [number, number] = [105.8507, 21.0335];
const BA_DINH: [number, number] = [105.8213, 21.0368];
/** Waiting for a load on a busy two-core machine; a wrong value still fails, only later. */
const LOADS = { timeout: 30_000 };
// A 1×1 PNG: the after photo of a fix (the server checks and re-encodes it).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let server: ServerProcess;
let browser: Browser;

/** A new report as a citizen sends it; each test uses its own place, so none is a "me too" of another. */
async function postReport(
  category: string,
  location: [number, number],
  reporter?: { phone: string },
): Promise<{ id: string; unitCode: string }> {
  const res = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ category, description: `Kiểm thử điều phối (e2e ${Date.now()})`, location, reporter }),
  });
  expect(res.status).toBe(201);
  const report = (await res.json()) as { id: string; unitCode: string; status: string };
  expect(report.status).toBe('new');
  return report;
}

async function openPage(context: BrowserContext, path: string): Promise<[Page, PageProblems]> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = watchPage(page, server.url);
  await page.goto(`${server.url}${path}`);
  return [page, problems];
}

beforeAll(async () => {
  await ensureDashboardBuilt();
}, 300_000);

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  [server, browser] = await Promise.all([startServerProcess(), launchChromium()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.destroy();
});

describe('the staff workflow in a real browser', () => {
  let operator: BrowserContext;
  let opPage: Page;
  let opProblems: PageProblems;

  it('signs an operator in through the form and shows the staff pages', async () => {
    operator = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    [opPage, opProblems] = await openPage(operator, '/signin?next=%2F');
    await opPage.getByTestId('signin-username').fill('dieuhanh');
    await opPage.getByTestId('signin-password').fill('wrong password');
    await opPage.getByTestId('signin-submit').click();
    await opPage.getByTestId('signin-error').waitFor();
    await opPage.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await opPage.getByTestId('signin-submit').click();
    await opPage.getByTestId('account').waitFor();
    expect(await opPage.getByTestId('account').getAttribute('data-role')).toBe('operator');
    expect(new URL(opPage.url()).pathname).toBe('/');
    expect(await opPage.locator('.header__link').allTextContents()).toContain('Đơn vị & hạn xử lý');
    // The wrong password was refused with a 401, which the browser logs; nothing else went wrong.
    expect(opProblems.errors.filter((e) => !e.includes('401'))).toEqual([]);
    opProblems.errors.length = 0;
  });

  /** A dispatcher's phone on the stream (bearer token), to tell the server's delivery from the page's drawing. */
  async function streamWatcher(teamId: string): Promise<{ arrivedAt: () => number | null; close(): void }> {
    const login = await fetch(`${server.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dieuphoi', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const socket = io(server.url, { extraHeaders: { authorization: `Bearer ${token}` }, transports: ['websocket'] });
    let at: number | null = null;
    socket.on('team:updated', (e: { team: { id: string; status: string } }) => {
      if (e.team.id === teamId && e.team.status !== 'available') at ??= Date.now();
    });
    await new Promise<void>((resolve) => socket.emit('subscribe', {}, () => resolve()));
    return { arrivedAt: () => at, close: () => socket.close() };
  }

  it('receives a report, assigns the first proposed team, and a dispatcher sees the team leave live', async () => {
    const report = await postReport('road_damage', HOAN_KIEM);
    await opPage.goto(`${server.url}/?report=${report.id}`);
    const details = opPage.getByTestId('report-details');
    await expect.poll(() => details.getAttribute('data-status'), LOADS).toBe('new');
    expect(await opPage.getByTestId('deadline').getAttribute('data-kind')).toBe('ok');
    await opPage.getByTestId('action-receive').click();
    await expect.poll(() => details.getAttribute('data-status'), LOADS).toBe('received');

    const first = opPage.getByTestId('recommendation').first();
    await first.waitFor(LOADS);
    const teamId = (await first.getAttribute('data-team-id'))!;

    const dispatcher = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await signInContext(dispatcher, server.url, 'dieuphoi');
    const [dPage, dProblems] = await openPage(dispatcher, '/');
    const team = dPage.locator(`[data-testid="team"][data-team-id="${teamId}"]`);
    await expect.poll(() => team.getAttribute('data-status'), LOADS).toBe('available');
    await expect.poll(() => dPage.getByTestId('stream-status').textContent(), LOADS).toBe('Trực tuyến');
    // The dispatcher's page notes the moment the team's status changes on screen.
    await dPage.evaluate((id) => {
      const el = document.querySelector(`[data-testid="team"][data-team-id="${id}"]`)!;
      new MutationObserver(() => {
        if (el.getAttribute('data-status') !== 'available') (window as { changedAt?: number }).changedAt ??= Date.now();
      }).observe(el, { attributes: true });
    }, teamId);

    const watcher = await streamWatcher(teamId);
    const clicked = Date.now();
    await first.getByTestId('assign').click();
    await expect.poll(() => team.getAttribute('data-status'), LOADS).toBe('en_route');
    const changedAt = await dPage.evaluate(() => (window as { changedAt?: number }).changedAt ?? 0);
    await expect.poll(() => watcher.arrivedAt(), LOADS).not.toBeNull();
    console.log(
      `[e2e] after the operator's click, team:updated reached a stream client in ${watcher.arrivedAt()! - clicked} ms ` +
        `and the dispatcher's page showed it in ${changedAt - clicked} ms`,
    );
    watcher.close();
    await expect.poll(() => details.getAttribute('data-status'), LOADS).toBe('assigned');
    await dPage.screenshot({ path: join(ARTIFACTS, 'dispatch-teams.png'), timeout: 60_000 });
    await opPage.screenshot({ path: join(ARTIFACTS, 'dispatch-drawer.png'), timeout: 60_000 });
    expect(dProblems.errors).toEqual([]);
    expect(opProblems.errors).toEqual([]);
    await dispatcher.close();
  });

  it('resolves with a note and an after photo, and says what is missing first', async () => {
    const report = await postReport('trash', HANG_BAI);
    await opPage.goto(`${server.url}/?report=${report.id}`);
    const details = opPage.getByTestId('report-details');
    await expect.poll(() => details.getAttribute('data-status'), LOADS).toBe('new');
    await opPage.getByTestId('action-receive').click();
    await expect.poll(() => details.getAttribute('data-status'), LOADS).toBe('received');
    await opPage.getByTestId('action-resolve').click();
    await opPage.getByTestId('field-note').fill('Đã thu gom toàn bộ rác');
    await opPage.getByTestId('action-submit').click();
    expect(await opPage.getByTestId('action-error').textContent()).toContain('ảnh');
    await opPage.getByTestId('field-after').setInputFiles({ name: 'sau.png', mimeType: 'image/png', buffer: PNG });
    await opPage.getByTestId('action-submit').click();
    await expect.poll(() => details.getAttribute('data-status'), LOADS).toBe('resolved');
    await opPage.locator('[data-testid="staff-photos"] [data-kind="after"]').waitFor();
    expect(await opPage.getByTestId('staff-timeline').textContent()).toContain('Đã thu gom toàn bộ rác');
    expect(await opPage.getByTestId('deadline').getAttribute('data-kind')).toBe('done');
    expect(opProblems.errors).toEqual([]);
  });

  it('shows unit staff only their own unit: another unit’s report in public view only, their own with actions', async () => {
    const elsewhere = await postReport('water_supply', BA_DINH);
    const own = await postReport('water_supply', HANG_DAO, { phone: '0912345678' });
    expect(elsewhere.unitCode).not.toBe('00070');
    expect(own.unitCode).toBe('00070');
    const ward = await browser.newContext();
    await signInContext(ward, server.url, 'hoankiem');
    const [page, problems] = await openPage(ward, `/?report=${elsewhere.id}`);
    // The server refuses the staff view (403): the drawer falls back to what anyone may see.
    const details = page.getByTestId('report-details');
    await expect.poll(() => details.getAttribute('data-report-id'), LOADS).toBe(elsewhere.id);
    expect(await page.getByTestId('actions').count()).toBe(0);
    expect(await page.getByTestId('contact').count()).toBe(0);
    await page.goto(`${server.url}/?report=${own.id}`);
    await page.getByTestId('action-receive').waitFor(LOADS);
    // The contact of the reporter is shown to the handling unit only.
    expect(await page.getByTestId('contact').textContent()).toContain('0912345678');
    // The 403 of the refused staff view is logged by the browser; nothing else went wrong.
    expect(problems.errors.filter((e) => !e.includes('403'))).toEqual([]);
    await ward.close();
  });

  it('keeps a visitor out of the staff pages and their actions', async () => {
    const visitor = await browser.newContext();
    const [page] = await openPage(visitor, '/units');
    await page.getByTestId('staff-only').waitFor();
    expect(await page.getByTestId('signin-link').count()).toBe(1);
    const report = await postReport('noise', HOAN_KIEM);
    await page.goto(`${server.url}/?report=${report.id}`);
    await expect.poll(() => page.getByTestId('report-details').getAttribute('data-report-id'), LOADS).toBe(report.id);
    expect(await page.getByTestId('actions').count()).toBe(0);
    await visitor.close();
    await operator.close();
  });
});
