// Real city exports (Los Angeles MyLA311, San Francisco 311) import with their own times,
// statuses and categories; nothing is dropped silently, and a second run adds nothing.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedDataDir } from '../../../geo/src/testing/shared-data.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportMapping } from '../contracts/import.js';
import { SEEDS_DIR } from '../seed/reference.js';
import { countRows, HOAN_KIEM, useTestApp } from '../testing/app.js';
import { importFile, MappingError, type ImportSummary } from './import.service.js';
import type { Rejection } from './row-mapping.js';

const ctx = useTestApp();
const sample = (name: string) => join(sharedDataDir(), 'citizen_reports', name);
const mappingFile = (name: string) =>
  ImportMapping.parse(JSON.parse(readFileSync(join(SEEDS_DIR, 'import-mappings', name), 'utf8')));

async function run(file: string, mapping: ImportMapping): Promise<{ summary: ImportSummary; rejects: Rejection[] }> {
  const rejects: Rejection[] = [];
  const summary = await importFile(ctx.t.db, {
    file,
    mapping,
    engine: ctx.t.engine,
    batchSize: 2000,
    onReject: (r) => rejects.push(r),
  });
  return { summary, rejects };
}

function csvRows(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
}

const byReason = (rs: Rejection[]) =>
  rs.reduce<Record<string, number>>((a, r) => ({ ...a, [r.reason]: (a[r.reason] ?? 0) + 1 }), {});

async function stored(source: string, sourceId: string) {
  const { rows } = await ctx.t.db.query(
    `SELECT r.category, r.status, r.created_at, r.updated_at, r.ward_code, u.kind, ST_X(r.location) AS lng, ST_Y(r.location) AS lat,
            (SELECT count(*)::int FROM report_events e WHERE e.report_id = r.id AND e.kind = 'report:created' AND e.actor = 'import') AS events
     FROM reports r JOIN units u ON u.code = r.ward_code WHERE r.source = $1 AND r.source_id = $2`,
    [source, sourceId],
  );
  return rows[0];
}

describe('Los Angeles MyLA311, January 2020', () => {
  const file = sample('la311_myla311_2020-01_seed_10k.csv');
  const mapping = mappingFile('la311-2020.json');
  let first: { summary: ImportSummary; rejects: Rejection[] };
  beforeAll(async () => {
    first = await run(file, mapping);
  });

  it('accounts for every row: imported or rejected with a reason', () => {
    const rows = csvRows(file);
    expect(first.summary.read).toBe(rows.length);
    expect(first.summary.imported + first.summary.rejected).toBe(rows.length);
    const noCoordinates = rows.filter((r) => !r.latitude?.trim() || !r.longitude?.trim()).length;
    expect(noCoordinates).toBeGreaterThan(0);
    expect(byReason(first.rejects).missing_coordinates).toBe(noCoordinates);
    expect(first.summary.imported).toBeGreaterThan(9000);
  });

  it('keeps the source’s times (Los Angeles time), status and category, in the declared jurisdiction', async () => {
    expect(await stored('la311-myla311', '1-1523590121')).toMatchObject({
      category: 'trash',
      status: 'closed',
      created_at: new Date('2020-01-01T08:05:00Z'),
      updated_at: new Date('2020-01-02T16:43:00Z'),
      ward_code: 'ext-us-los-angeles',
      kind: 'external',
      lng: -118.4994716,
      lat: 34.19402846,
      events: 1,
    });
  });

  it('gives each imported report its report:created event by the importer', async () => {
    const { rows } = await ctx.t.db.query<{ reports: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM reports WHERE source = 'la311-myla311') AS reports,
              (SELECT count(*)::int FROM report_events WHERE actor = 'import') AS events`,
    );
    expect(rows[0]).toEqual({ reports: first.summary.imported, events: first.summary.imported });
  });

  it('imports nothing twice when the same file runs again', async () => {
    const before = await countRows(ctx.t);
    const again = await run(file, mapping);
    expect(again.summary).toEqual({ ...first.summary, imported: 0, alreadyImported: first.summary.imported });
    expect(await countRows(ctx.t)).toEqual(before);
  });

  it('shows imported reports in the public list, filtered by the jurisdiction', async () => {
    const res = await ctx.a.app.request('/api/reports?ward=ext-us-los-angeles&status=rejected&limit=1000');
    const page = (await res.json()) as { items: { status: string; wardCode: string }[] };
    expect(page.items.length).toBeGreaterThan(100); // "Cancelled" maps to rejected
    expect(page.items.every((r) => r.status === 'rejected' && r.wardCode === 'ext-us-los-angeles')).toBe(true);
  });
});

describe('Los Angeles 2017 and San Francisco 311', () => {
  it.each([
    ['la311_myla311_2017_subset_10k.csv', 'la311-2017.json', (r: Record<string, string>) => !r.Latitude?.trim()],
    ['sf311_cases_random_sample_10k.csv', 'sf311.json', (r: Record<string, string>) => !r.Point?.trim()],
  ])('%s: rows without coordinates rejected, the rest imported', async (name, mappingName, noPosition) => {
    const rows = csvRows(sample(name));
    const { summary, rejects } = await run(sample(name), mappingFile(mappingName));
    const reasons = byReason(rejects);
    expect(reasons.missing_coordinates).toBe(rows.filter(noPosition).length);
    expect(summary.read).toBe(rows.length);
    expect(summary.imported + summary.rejected + summary.alreadyImported).toBe(rows.length);
    expect(summary.imported).toBeGreaterThan(rows.length * 0.8);
  });

  it('reads San Francisco’s "(lat, lng)" points and its Pacific times', async () => {
    expect(await stored('sf311-cases', '1167331')).toMatchObject({
      category: 'trash',
      status: 'closed',
      created_at: new Date('2012-07-15T15:08:00Z'),
      ward_code: 'ext-us-san-francisco',
      lng: -122.48340075,
      lat: 37.756367202,
    });
  });
});

describe('formats and service area', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matthan-import-'));
  });
  const base = {
    format: 'ndjson',
    columns: { id: 'id', createdAt: 'at', category: 'cat', status: 'st', description: 'text', lat: 'lat', lng: 'lng' },
    time: { format: 'iso' },
    categories: { potholes: 'road_damage' },
    statuses: { open: 'received' },
  };
  const rec = (id: string, [lng, lat]: [number, number]) => ({
    id,
    at: '2025-05-01T02:00:00Z',
    cat: 'potholes',
    st: 'open',
    text: 'Ổ gà lớn',
    lat,
    lng,
  });

  it('NDJSON: Hanoi rows go to their ward, others are rejected outside_service_area, bad lines unreadable_row', async () => {
    const file = join(dir, 'a.ndjson');
    const lines = [rec('h1', HOAN_KIEM), rec('paris', [2.35, 48.85]), rec('la', [-118.3, 34.1])].map((r) =>
      JSON.stringify(r),
    );
    await writeFile(file, [...lines, '{not json'].join('\n'));
    const { summary, rejects } = await run(file, ImportMapping.parse({ ...base, source: 'test-nd' }));
    expect(summary).toEqual({ read: 4, imported: 1, alreadyImported: 0, rejected: 3 });
    expect(rejects.map((r) => [r.sourceId, r.reason])).toEqual([
      [null, 'unreadable_row'],
      ['paris', 'outside_service_area'],
      ['la', 'outside_service_area'],
    ]);
    expect(await stored('test-nd', 'h1')).toMatchObject({ kind: 'ward', category: 'road_damage', status: 'received' });
  });

  it('GeoJSON takes the position from the geometry; Open311 JSON reads lat/long', async () => {
    const gj = join(dir, 'b.geojson');
    const feature = (id: string, c: [number, number] | null) => ({
      type: 'Feature',
      id,
      geometry: c && { type: 'Point', coordinates: c },
      properties: { at: '2025-05-01T02:00:00Z', cat: 'potholes', st: 'open', text: 'Đèn hỏng' },
    });
    await writeFile(
      gj,
      JSON.stringify({ type: 'FeatureCollection', features: [feature('g1', HOAN_KIEM), feature('g2', null)] }),
    );
    const g = await run(gj, ImportMapping.parse({ ...base, source: 'test-gj', format: 'geojson' }));
    expect([g.summary.imported, g.rejects.map((r) => r.reason)]).toEqual([1, ['missing_coordinates']]);
    const o311 = join(dir, 'c.json');
    await writeFile(
      o311,
      JSON.stringify([
        {
          service_request_id: 'o1',
          requested_datetime: '2025-05-01T09:00:00+07:00',
          service_name: 'Pothole',
          status: 'open',
          description: 'Ổ gà trước nhà',
          lat: HOAN_KIEM[1],
          long: HOAN_KIEM[0],
        },
      ]),
    );
    const columns = {
      id: 'service_request_id',
      createdAt: 'requested_datetime',
      category: 'service_name',
      status: 'status',
      description: 'description',
      lat: 'lat',
      lng: 'long',
    };
    const o = await run(
      o311,
      ImportMapping.parse({
        ...base,
        source: 'test-311',
        format: 'open311',
        columns,
        categories: { Pothole: 'road_damage' },
      }),
    );
    expect(o.summary.imported).toBe(1);
    expect(await stored('test-311', 'o1')).toMatchObject({ created_at: new Date('2025-05-01T02:00:00Z') });
  });

  it('refuses a mapping to a category we do not have, writing nothing', async () => {
    const before = await countRows(ctx.t);
    const file = join(dir, 'd.ndjson');
    await writeFile(file, JSON.stringify(rec('x', HOAN_KIEM)));
    const bad = ImportMapping.parse({ ...base, source: 'test-bad', categories: { potholes: 'no_such' } });
    await expect(run(file, bad)).rejects.toBeInstanceOf(MappingError);
    expect(await countRows(ctx.t)).toEqual(before);
  });
});
