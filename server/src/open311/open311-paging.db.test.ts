import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, HOAN_KIEM, jsonPost, type TestApp } from '../testing/app.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import type { ServiceRequest } from './service-request.js';
import { readJson } from './testing.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-30T12:00:00Z');
let t: TestDatabase;
let a: TestApp;
let clock = NOW;
const ids: string[] = []; // in AGES_DAYS order

// Reports spread over a year, so most lie outside the spec's default 90-day window.
const AGES_DAYS = [400, 300, 200, 120, 95, 91, 89, 60, 30, 10, 5, 1, 1, 0];

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t, undefined, () => clock);
  for (const [i, age] of AGES_DAYS.entries()) {
    clock = new Date(NOW.getTime() - age * DAY);
    // ~100 m apart: none is another's "me too" (which would make it a closed duplicate)
    const location = [HOAN_KIEM[0] + i * 0.001, HOAN_KIEM[1]];
    const res = await a.app.request(
      '/api/reports',
      jsonPost({ category: 'trash', description: `cách đây ${age} ngày`, location }),
    );
    ids.push(((await res.json()) as { id: string }).id);
  }
  clock = NOW;
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

/** Newest first as the keyset orders them: by time, then by id (descending) for the two reports of one instant. */
const newestFirst = (keep: (age: number) => boolean = () => true) =>
  ids
    .map((id, i) => ({ id, age: AGES_DAYS[i]! }))
    .filter((r) => keep(r.age))
    .sort((x, y) => x.age - y.age || (x.id < y.id ? 1 : -1))
    .map((r) => r.id);

const nextLink = (res: Response) => /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '')?.[1] ?? null;

async function walk(first: string): Promise<{ seen: string[]; pages: number }> {
  const seen: string[] = [];
  let url: string | null = first;
  let pages = 0;
  while (url) {
    const res = await a.app.request(url);
    expect(res.status).toBe(200);
    seen.push(...(await readJson<ServiceRequest[]>(res)).map((r) => r.service_request_id));
    url = nextLink(res);
    pages++;
    expect(pages).toBeLessThan(50);
  }
  return { seen, pages };
}

describe('Open311 cursor extension', () => {
  it('keeps the spec’s default: the last 90 days only, with a next link to older history', async () => {
    const res = await a.app.request('/open311/v2/requests.json');
    const page = (await readJson<ServiceRequest[]>(res)).map((r) => r.service_request_id);
    expect(page).toEqual(newestFirst((age) => age < 90));
    expect(nextLink(res)).toMatch(/^http:\/\/localhost\/open311\/v2\/requests\.json\?cursor=/);
  });

  it('visits every report exactly once, newest first, following the Link header', async () => {
    for (const pageSize of [1, 3, 100]) {
      const { seen, pages } = await walk(`/open311/v2/requests.json?page_size=${pageSize}`);
      expect(seen).toEqual(newestFirst());
      expect(pages).toBeGreaterThanOrEqual(Math.ceil(ids.length / pageSize));
    }
  });

  it('keeps the filters on every page and stops when nothing older matches', async () => {
    await t.db.query(`UPDATE reports SET status = 'resolved' WHERE id = ANY($1::uuid[])`, [[ids[0], ids[7]]]);
    const { seen } = await walk('/open311/v2/requests.json?status=closed&page_size=1');
    expect(seen).toEqual([ids[7], ids[0]]);
    const window = await a.app.request('/open311/v2/requests.json?start_date=2026-04-01T12:00:00Z&page_size=100');
    expect(nextLink(window)).toBeNull(); // an explicit window is the consumer's choice: no cursor past it
  });

  it('answers the default window with an empty page but a next link when all reports are older', async () => {
    clock = new Date(NOW.getTime() + 365 * DAY);
    try {
      const res = await a.app.request('/open311/v2/requests.json');
      expect(await readJson(res)).toEqual([]);
      const { seen } = await walk(nextLink(res)!);
      expect(seen).toEqual(newestFirst());
    } finally {
      clock = NOW;
    }
  });
});
