import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ReportCreated } from '../contracts/report.js';
import { photoWithMetadata } from '../testing/fixtures.js';
import { countRows, useTestApp } from '../testing/app.js';

const ctx = useTestApp();

function form(fields: Record<string, string>, files: [string, Uint8Array, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const [name, data, type] of files) f.append('photos', new Blob([data], { type }), name);
  return f;
}
const fields = {
  category: 'construction_violation',
  description: 'Xây dựng trái phép lấn ra vỉa hè',
  lng: '105.8542',
  lat: '21.0285',
};
const send = (body: FormData) => ctx.a.app.request('/api/reports', { method: 'POST', body });

describe('POST /api/reports (multipart with photos)', () => {
  it('stores the photos stripped of metadata, with their rows, and serves them', async () => {
    const photo = await photoWithMetadata('jpeg');
    const res = await send(
      form(fields, [
        ['a.jpg', photo, 'image/jpeg'],
        ['b.png', await photoWithMetadata('png'), 'image/png'],
      ]),
    );
    expect(res.status).toBe(201);
    const report = ReportCreated.parse(await res.json());
    expect(report.mediaCount).toBe(2);
    expect(report.media.map((m) => m.contentType)).toEqual(['image/jpeg', 'image/png']);
    const rows = await ctx.t.db.query(
      `SELECT path, sha256, size_bytes FROM report_media WHERE report_id = $1 ORDER BY ordinal`,
      [report.id],
    );
    expect(rows.rows).toHaveLength(2);
    const stored = await readFile(`${ctx.a.mediaDir}/${rows.rows[0].path}`);
    expect(stored.includes('SECRET-ARTIST')).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    const served = await ctx.a.app.request(report.media[0]!.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(stored)).toBe(true);
  });

  it('accepts the report as one JSON part', async () => {
    const body = form(
      { report: JSON.stringify({ category: 'trees', description: 'Cây đổ chắn đường', location: [105.85, 21.03] }) },
      [],
    );
    expect((await send(body)).status).toBe(201);
  });

  const cases: [string, () => Promise<FormData>, number, string][] = [
    [
      'a text file posing as a photo',
      async () => form(fields, [['x.jpg', Buffer.from('hello world'), 'image/jpeg']]),
      415,
      'unsupported_media_type',
    ],
    [
      'a truncated JPEG',
      async () => form(fields, [['x.jpg', (await photoWithMetadata()).subarray(0, 40), 'image/jpeg']]),
      415,
      'invalid_image',
    ],
    [
      'six photos',
      async () =>
        form(
          fields,
          Array.from(
            { length: 6 },
            (_, i) => [`p${i}.jpg`, Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg'] as [string, Uint8Array, string],
          ),
        ),
      400,
      'too_many_files',
    ],
    [
      'a photo over 10 MB',
      async () => form(fields, [['big.jpg', new Uint8Array(10 * 1024 * 1024 + 1), 'image/jpeg']]),
      413,
      'file_too_large',
    ],
    [
      'a good photo but a location outside Hanoi',
      async () => form({ ...fields, lng: '108.2', lat: '16.05' }, [['a.jpg', await photoWithMetadata(), 'image/jpeg']]),
      422,
      'outside_service_area',
    ],
    [
      'a good photo but a second bad one',
      async () =>
        form(fields, [
          ['a.jpg', await photoWithMetadata(), 'image/jpeg'],
          ['b.gif', Buffer.from('GIF89a'), 'image/gif'],
        ]),
      415,
      'unsupported_media_type',
    ],
    ['a missing latitude', async () => form({ ...fields, lat: '' }, []), 400, 'validation_failed'],
  ];
  it.each(cases)('rejects %s and leaves no row and no file', async (_n, make, status, code) => {
    const before = await countRows(ctx.t);
    const files = await ctx.a.mediaFiles();
    const res = await send(await make());
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(await countRows(ctx.t)).toEqual(before);
    expect(await ctx.a.mediaFiles()).toEqual(files);
  });

  it('does not serve paths outside the media folder', async () => {
    for (const p of ['/media/../package.json', '/media/%2e%2e/package.json', '/media/x/1.jpg']) {
      expect((await ctx.a.app.request(p)).status).toBe(404);
    }
  });
});
