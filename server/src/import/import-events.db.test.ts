// What the live stream and timelines see of an import: one 'report:created' event per imported
// report, carrying the report exactly as stored, with seq in file order across batches — on
// either engine's way of staging a batch (COPY on PostgreSQL, an INSERT of arrays embedded).
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../geo/src/testing/shared-data.js';
import { ImportMapping } from '../contracts/import.js';
import { eventsBetween, latestSeq } from '../reports/events.repository.js';
import { publicReportsByIds } from '../reports/reports.repository.js';
import { SEEDS_DIR } from '../seed/reference.js';
import { HOAN_KIEM, useTestApp } from '../testing/app.js';
import { importFile } from './import.service.js';

const ctx = useTestApp();

async function importedEvents(after: number) {
  const events = await eventsBetween(ctx.t.db, after, await latestSeq(ctx.t.db), 100_000);
  return events.flatMap((e) => (e.type === 'report' ? [e] : []));
}

describe('events of an import', () => {
  it('carry each report as stored, in file order across batches, with progress after each batch', async () => {
    const file = join(sharedDataDir(), 'citizen_reports', 'la311_myla311_2017_subset_10k.csv');
    const mapping = ImportMapping.parse(
      JSON.parse(readFileSync(join(SEEDS_DIR, 'import-mappings', 'la311-2017.json'), 'utf8')),
    );
    const before = await latestSeq(ctx.t.db);
    const progress: number[] = [];
    const summary = await importFile(ctx.t.db, {
      file,
      mapping,
      engine: ctx.t.engine,
      batchSize: 1500,
      onReject() {},
      onProgress: (read) => progress.push(read),
    });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(summary.read);

    const events = await importedEvents(before);
    expect(events).toHaveLength(summary.imported);
    expect(events.every((e) => e.kind === 'report:created')).toBe(true);
    const stored = new Map(
      (
        await publicReportsByIds(
          ctx.t.db,
          events.map((e) => e.report.id),
        )
      ).map((r) => [r.id, r]),
    );
    for (const e of events) expect(e.report).toEqual(stored.get(e.report.id));

    const rows = parse(readFileSync(file), { columns: true, bom: true }) as { SRNumber: string }[];
    const position = new Map(rows.map((r, i) => [r.SRNumber, i]));
    const { rows: ids } = await ctx.t.db.query<{ id: string; source_id: string }>(
      `SELECT id, source_id FROM reports WHERE source = 'la311-myla311'`,
    );
    const sourceId = new Map(ids.map((r) => [r.id, r.source_id]));
    const order = events.map((e) => position.get(sourceId.get(e.report.id)!)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keep tabs, backslashes, line breaks and quotes of a description intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'matthan-import-'));
    const file = join(dir, 'hostile.ndjson');
    const description = 'Cống\ttắc \\N "ngập"\r\ndòng hai\\t; \\\\ kết thúc';
    const [lng, lat] = HOAN_KIEM;
    await writeFile(
      file,
      JSON.stringify({ id: 'h1', at: '2025-05-01T02:00:00Z', cat: 'p', st: 'o', text: description, lat, lng }),
    );
    const before = await latestSeq(ctx.t.db);
    const summary = await importFile(ctx.t.db, {
      file,
      engine: ctx.t.engine,
      mapping: ImportMapping.parse({
        source: 'test-hostile',
        format: 'ndjson',
        columns: {
          id: 'id',
          createdAt: 'at',
          category: 'cat',
          status: 'st',
          description: 'text',
          lat: 'lat',
          lng: 'lng',
        },
        time: { format: 'iso' },
        categories: { p: 'flooding' },
        statuses: { o: 'received' },
      }),
      onReject() {},
    });
    expect(summary.imported).toBe(1);
    const [event] = await importedEvents(before);
    expect(event!.report).toMatchObject({ description, location: HOAN_KIEM, status: 'received', category: 'flooding' });
    expect((await publicReportsByIds(ctx.t.db, [event!.report.id]))[0]!.description).toBe(description);
  });
});
