import { describe, expect, it } from 'vitest';
import { ReportCreated, ReportDetail, ReportPage, TrackedReport } from '../contracts/report.js';
import { countRows, useTestApp, HOAN_KIEM, jsonPost } from '../testing/app.js';

const ctx = useTestApp();

const valid = { category: 'trash', description: 'Rác đổ trộm ở góc phố Hàng Bạc', location: HOAN_KIEM };
const post = (body: unknown, headers?: Record<string, string>) =>
  ctx.a.app.request('/api/reports', jsonPost(body, headers));

describe('POST /api/reports (JSON)', () => {
  it('stores a committed report with its ward, H3 cell and one timeline event, and announces it', async () => {
    const before = ctx.a.announced();
    const res = await post({ ...valid, reporter: { name: 'Nguyễn Văn A', phone: '0912 345 678' } });
    expect(res.status).toBe(201);
    const report = ReportCreated.parse(await res.json());
    expect(report).toMatchObject({ wardCode: '00070', wardName: 'Phường Hoàn Kiếm', status: 'new', category: 'trash' });
    expect(report.h3Cell).toMatch(/^8f/); // resolution 15
    expect(report.trackingCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const ev = await ctx.t.db.query(`SELECT kind, actor, payload FROM report_events WHERE report_id = $1`, [report.id]);
    expect(ev.rows).toHaveLength(1);
    expect(ev.rows[0].payload).toMatchObject({ id: report.id, wardCode: '00070', status: 'new' });
    const contact = await ctx.t.db.query(`SELECT name, phone FROM report_contacts WHERE report_id = $1`, [report.id]);
    expect(contact.rows[0]).toEqual({ name: 'Nguyễn Văn A', phone: '0912 345 678' });
    expect(ctx.a.announced()).toBe(before + 1);
  });

  it('never exposes the reporter or the tracking code in public views', async () => {
    const res = await post({ ...valid, reporter: { name: 'Trần Thị B', email: 'b@example.vn' } });
    const created = ReportCreated.parse(await res.json());
    const detail = await (await ctx.a.app.request(`/api/reports/${created.id}`)).json();
    const list = await (await ctx.a.app.request('/api/reports?limit=1000')).json();
    const tracked = await (await ctx.a.app.request(`/api/track/${created.trackingCode}`)).json();
    const ev = await ctx.t.db.query(`SELECT payload FROM report_events WHERE report_id = $1`, [created.id]);
    for (const view of [detail, list, tracked, ev.rows[0].payload]) {
      const text = JSON.stringify(view);
      expect(text).not.toContain('Trần Thị B');
      expect(text).not.toContain('b@example.vn');
      expect(text).not.toContain(created.trackingCode);
    }
    expect(ReportDetail.parse(detail).id).toBe(created.id);
  });

  it('returns the same report for a retry with the same Idempotency-Key, even when retries race', async () => {
    const before = await countRows(ctx.t);
    const headers = { 'Idempotency-Key': 'phone-retry-1' };
    const elsewhere = { ...valid, location: [105.8, 21.04] }; // no earlier report near: not a "me too"
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(elsewhere, headers)));
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ id: string }>));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
    const after = await countRows(ctx.t);
    expect(after.reports - before.reports).toBe(1);
    expect(after.events - before.events).toBe(1);
  });

  it('refuses an Idempotency-Key reused for a different report', async () => {
    await post(valid, { 'Idempotency-Key': 'k-reuse' });
    const res = await post({ ...valid, description: 'Một phản ánh khác hẳn' }, { 'Idempotency-Key': 'k-reuse' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_reused');
  });

  const bad: [string, RequestInit, number, string][] = [
    [
      'bad JSON',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"category":' },
      400,
      'invalid_json',
    ],
    [
      'wrong content type',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'rác' },
      415,
      'unsupported_content_type',
    ],
    ['no content type', { method: 'POST', body: JSON.stringify(valid) }, 415, 'unsupported_content_type'],
    ['unknown category', jsonPost({ ...valid, category: 'ufo' }), 400, 'unknown_category'],
    ['location outside Hanoi', jsonPost({ ...valid, location: [106.6297, 10.8231] }), 422, 'outside_service_area'],
    ['latitude out of range', jsonPost({ ...valid, location: [105.85, 95] }), 400, 'validation_failed'],
    ['location as an object', jsonPost({ ...valid, location: { lng: 105.85, lat: 21.02 } }), 400, 'validation_failed'],
    ['description missing', jsonPost({ category: 'trash', location: HOAN_KIEM }), 400, 'validation_failed'],
    ['unknown field', jsonPost({ ...valid, admin: true }), 400, 'validation_failed'],
    ['an array body', jsonPost([valid]), 400, 'validation_failed'],
    ['null body', jsonPost(null), 400, 'validation_failed'],
    ['bad email', jsonPost({ ...valid, reporter: { email: 'not-an-email' } }), 400, 'validation_failed'],
    ['oversized JSON', jsonPost({ ...valid, description: 'x'.repeat(100_000) }), 413, 'payload_too_large'],
    ['bad Idempotency-Key', jsonPost(valid, { 'Idempotency-Key': 'x'.repeat(300) }), 400, 'validation_failed'],
  ];
  it.each(bad)('rejects %s with a clear error and leaves nothing behind', async (_name, init, status, code) => {
    const before = await countRows(ctx.t);
    const files = await ctx.a.mediaFiles();
    const res = await ctx.a.app.request('/api/reports', init);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await countRows(ctx.t)).toEqual(before);
    expect(await ctx.a.mediaFiles()).toEqual(files);
  });
});

describe('reading reports', () => {
  it('pages through the list newest first with a cursor, without repeats', async () => {
    for (let i = 0; i < 7; i++) await post({ ...valid, category: 'flooding', description: `Ngập sâu đoạn ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/reports?category=flooding&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = ReportPage.parse(await (await ctx.a.app.request(q)).json());
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('filters by bbox, status and ward, and rejects a bad cursor or filter', async () => {
    const inBox = ReportPage.parse(
      await (await ctx.a.app.request('/api/reports?bbox=105.85,21.02,105.86,21.03&status=new&ward=00070')).json(),
    );
    expect(inBox.items.length).toBeGreaterThan(0);
    const outBox = ReportPage.parse(await (await ctx.a.app.request('/api/reports?bbox=105.0,20.0,105.1,20.1')).json());
    expect(outBox.items).toHaveLength(0);
    expect((await ctx.a.app.request('/api/reports?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
    expect((await ctx.a.app.request('/api/reports?status=sleeping')).status).toBe(400);
    expect((await ctx.a.app.request('/api/reports?limit=5000')).status).toBe(400);
    expect((await ctx.a.app.request('/api/reports?bbox=1,2,3')).status).toBe(400);
  });

  it('counts per H3 cell in SQL, matching the list for the same filter', async () => {
    const cells = (await (await ctx.a.app.request('/api/cells?res=9&category=flooding')).json()) as {
      total: number;
      cells: { count: number }[];
    };
    expect(cells.total).toBe(7);
    const all = ReportPage.parse(await (await ctx.a.app.request('/api/reports?limit=1000')).json());
    const total = (await (await ctx.a.app.request('/api/cells?res=5')).json()) as { total: number };
    expect(total.total).toBe(all.items.length);
  });

  it('tracks by code with the public timeline, and 404s an unknown code or id', async () => {
    const created = ReportCreated.parse(await (await post(valid)).json());
    const res = await ctx.a.app.request(`/api/track/${created.trackingCode.toLowerCase().replace('-', '')}`);
    const tracked = TrackedReport.parse(await res.json());
    expect(tracked.report.id).toBe(created.id);
    expect(tracked.timeline.map((e) => e.kind)).toEqual(['report:created']);
    expect((await ctx.a.app.request('/api/track/ZZZZZ-ZZZZZ')).status).toBe(404);
    expect((await ctx.a.app.request('/api/reports/00000000-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await ctx.a.app.request('/api/reports/not-a-uuid')).status).toBe(404);
  });
});

describe('map reference data', () => {
  it('serves the 126 wards and the map config in their contract shapes', async () => {
    const { Wards, MapConfig } = await import('../contracts/map.js');
    const wards = Wards.parse(await (await ctx.a.app.request('/api/wards')).json());
    expect(wards.features).toHaveLength(126);
    expect(wards.features.find((f) => f.properties.code === '00070')?.properties.nameVi).toBe('Phường Hoàn Kiếm');
    MapConfig.parse(await (await ctx.a.app.request('/api/config')).json());
  });
});
