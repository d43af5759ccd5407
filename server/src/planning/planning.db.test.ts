// The planning view's endpoints against geo's in-memory counting of every report, on seeded data:
// the cell series per day and week, the monthly trends, the breakdown, and the `cell` filter.
import { aggregate, cellParent, lngLatToCell, timeBucket, type ReportFilter } from '@matthan/geo';
import { beforeAll, describe, expect, it } from 'vitest';
import { CellsResponse } from '../contracts/cells.js';
import { ReportPage, type PublicReport } from '../contracts/report.js';
import { CellSeriesResponse, MonthlyResponse, ReportBreakdown } from '../contracts/planning.js';
import { seedDemoReports } from '../seed/seed.service.js';
import { useTestApp } from '../testing/app.js';

const ctx = useTestApp();
let reports: PublicReport[] = [];
const FROM = '2025-08-01T00:00:00+07:00';
const TO = '2025-10-01T00:00:00+07:00';

async function getJson(url: string, status = 200): Promise<unknown> {
  const res = await ctx.a.app.request(url);
  expect(res.status, url).toBe(status);
  return res.json();
}

async function allReports(query = ''): Promise<PublicReport[]> {
  const all: PublicReport[] = [];
  let cursor: string | null = null;
  do {
    const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = ReportPage.parse(await getJson(`/api/reports?limit=1000${query}${after}`));
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

beforeAll(async () => {
  await seedDemoReports(ctx.t.db, { count: 2000, now: new Date('2025-10-01T00:00:00Z'), seed: 11 });
  reports = await allReports();
});

const mostCommon = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
};

describe('GET /api/cells/series', () => {
  it.each(['day', 'week'] as const)(
    'counts per cell per %s as aggregate() does, one frame per bucket',
    async (bucket) => {
      const category = mostCommon(reports.map((r) => r.category));
      const url = `/api/cells/series?res=8&bucket=${bucket}&from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;
      const body = CellSeriesResponse.parse(await getJson(`${url}&category=${category}`));
      const filter: ReportFilter = { from: FROM, to: TO, category: [category] };
      const rows = aggregate(reports, { res: 8, by: ['bucket'], bucket, filter });
      expect(body.frames.length).toBe(bucket === 'day' ? 61 : 10); // Aug + Sep; weeks from Mon 28 Jul to Mon 29 Sep
      expect(body.frames[0]!.start).toBe(timeBucket(new Date(Date.parse(FROM)).toISOString(), bucket));
      for (const frame of body.frames) {
        const expected = rows.filter((r) => r.bucket === frame.start).map((r) => ({ cell: r.cell, count: r.count }));
        expect(frame.cells, frame.start).toEqual(expected.sort((a, b) => (a.cell < b.cell ? -1 : 1)));
      }
      const total = body.frames.reduce((s, f) => s + f.cells.reduce((t, c) => t + c.count, 0), 0);
      expect(total).toBe(rows.reduce((s, r) => s + r.count, 0));
      expect(total).toBeGreaterThan(0);
      expect(body.max).toBe(Math.max(...rows.map((r) => r.count)));
    },
  );

  it('refuses a period backwards, too many buckets and a bad bucket with 400s', async () => {
    const backwards = (await getJson(
      `/api/cells/series?from=${encodeURIComponent(TO)}&to=${encodeURIComponent(FROM)}`,
      400,
    )) as {
      error: { code: string };
    };
    expect(backwards.error.code).toBe('invalid_period');
    const long = (await getJson(
      '/api/cells/series?bucket=day&from=2024-01-01T00:00:00Z&to=2025-10-01T00:00:00Z',
      400,
    )) as {
      error: { code: string };
    };
    expect(long.error.code).toBe('too_many_buckets');
    const bad = (await getJson(`/api/cells/series?bucket=month&from=${FROM}&to=${TO}`.replaceAll('+', '%2B'), 400)) as {
      error: { code: string };
    };
    expect(bad.error.code).toBe('validation_failed');
    await getJson('/api/cells/series?bucket=week', 400); // from and to are required
  });
});

describe('GET /api/reports/monthly', () => {
  it('counts per Hanoi-local month and category, every month of the period listed', async () => {
    const body = MonthlyResponse.parse(
      await getJson('/api/reports/monthly?from=2025-06-15T00:00:00Z&to=2025-10-01T00:00:00Z'),
    );
    expect(body.months).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10']);
    const expected = new Map<string, number>();
    for (const r of reports) {
      if (r.createdAt < '2025-06-15T00:00:00.000Z' || r.createdAt >= '2025-10-01T00:00:00.000Z') continue;
      const month = new Date(Date.parse(r.createdAt) + 7 * 3_600_000).toISOString().slice(0, 7);
      const key = `${month} ${r.category}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(body.counts.map((c) => [`${c.month} ${c.category}`, c.count]))).toEqual(expected);
    // The last evening of September UTC is already October in Hanoi.
    expect(body.counts.some((c) => c.month === '2025-10')).toBe(true);
  });
});

describe('the cell filter', () => {
  it('limits the list, the breakdown, the cells and the exports to the reports inside one cell', async () => {
    const cell = cellParent(mostCommon(reports.map((r) => cellParent(r.h3Cell, 9))), 8);
    const inside = reports.filter((r) => cellParent(r.h3Cell, 8) === cell);
    expect(inside.length).toBeGreaterThan(1);
    expect((await allReports(`&cell=${cell}`)).map((r) => r.id).sort()).toEqual(inside.map((r) => r.id).sort());

    const breakdown = ReportBreakdown.parse(await getJson(`/api/reports/breakdown?cell=${cell}`));
    expect(breakdown.total).toBe(inside.length);
    for (const { status, count } of breakdown.byStatus)
      expect(count).toBe(inside.filter((r) => r.status === status).length);
    for (const { category, count } of breakdown.byCategory)
      expect(count).toBe(inside.filter((r) => r.category === category).length);

    const cells = CellsResponse.parse(await getJson(`/api/cells?res=9&cell=${cell}`));
    expect(cells.cells).toEqual(aggregate(reports, { res: 9, filter: { cell } }));
    expect(cells.total).toBe(inside.length);

    const exported = (await (await ctx.a.app.request(`/api/exports/reports.geojson?cell=${cell}`)).json()) as {
      features: { id: string }[];
    };
    expect(exported.features.map((f) => f.id).sort()).toEqual(inside.map((r) => r.id).sort());
  });

  it('finds a res-15 cell’s own report and nothing next door', async () => {
    const one = reports[0]!;
    const page = ReportPage.parse(await getJson(`/api/reports?cell=${one.h3Cell}`));
    expect(page.items.map((r) => r.id)).toContain(one.id);
    expect(page.items.every((r) => r.h3Cell === one.h3Cell)).toBe(true);
    const empty = ReportPage.parse(await getJson(`/api/reports?cell=${lngLatToCell([105.0, 20.0], 8)}`));
    expect(empty.items).toEqual([]);
  });

  it('refuses a string that is not an H3 cell', async () => {
    const body = (await getJson('/api/reports?cell=8f2000000000zzz', 400)) as { error: { code: string } };
    expect(body.error.code).toBe('validation_failed');
    await getJson('/api/cells?cell=ffffffffffffffff', 400);
  });
});
