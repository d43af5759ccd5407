import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StaffReport } from '../contracts/workflow.js';
import { useTestApp } from '../testing/app.js';
import { photoWithMetadata } from '../testing/fixtures.js';
import { workflowKit } from './workflow-test-kit.js';

const ctx = useTestApp();
const kit = workflowKit(ctx);

function resolveForm(command: unknown, photo?: Uint8Array): FormData {
  const f = new FormData();
  f.append('command', JSON.stringify(command));
  if (photo) f.append('after', new Blob([photo], { type: 'image/jpeg' }), 'after.jpg');
  return f;
}

describe('resolving with an after photo (multipart)', () => {
  it('stores the after photo stripped of metadata, shows it as "after", and names it in the event', async () => {
    const r = await kit.newReport({ category: 'trash' });
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    await kit.act(staff, r.id, { action: 'receive' });
    const res = await ctx.a.app.request(`/api/reports/${r.id}/actions`, {
      method: 'POST',
      headers: staff.headers,
      body: resolveForm({ action: 'resolve', note: 'Đã thu gom, rửa đường' }, await photoWithMetadata('jpeg')),
    });
    expect(res.status).toBe(200);
    const view = StaffReport.parse(await (await kit.get(staff, `/api/reports/${r.id}/staff`)).json());
    expect(view.status).toBe('resolved');
    const after = view.media.filter((m) => m.kind === 'after');
    expect(after).toHaveLength(1);
    const bytes = await readFile(join(ctx.a.mediaDir, after[0]!.url.replace('/media/', '')));
    expect(bytes.includes(Buffer.from('SECRET-ARTIST'))).toBe(false);
    expect(bytes.includes(Buffer.from('SECRET-XMP'))).toBe(false);
    const { rows } = await ctx.t.db.query<{ detail: { afterPhoto: string } }>(
      `SELECT detail FROM report_events WHERE report_id = $1 AND kind = 'report:resolved'`,
      [r.id],
    );
    expect(rows[0]!.detail.afterPhoto).toBe(after[0]!.url);
  });

  it('rejects a file that is not an image and leaves no file or row behind', async () => {
    const r = await kit.newReport({ category: 'trash' });
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    await kit.act(staff, r.id, { action: 'receive' });
    const before = await ctx.a.mediaFiles();
    const res = await ctx.a.app.request(`/api/reports/${r.id}/actions`, {
      method: 'POST',
      headers: staff.headers,
      body: resolveForm({ action: 'resolve', note: 'Đã xử lý' }, new TextEncoder().encode('not an image at all')),
    });
    expect(res.status).toBe(415);
    expect(await ctx.a.mediaFiles()).toEqual(before);
    const { rows } = await ctx.t.db.query('SELECT status FROM reports WHERE id = $1', [r.id]);
    expect(rows[0]).toEqual({ status: 'received' });
  });

  it('leaves no file behind when the resolve is refused after the photo was read (wrong unit)', async () => {
    const r = await kit.newReport({ category: 'trash' });
    const other = await kit.as('unit_staff', { unitCode: r.unitCode === '00004' ? '00008' : '00004' });
    const before = await ctx.a.mediaFiles();
    const res = await ctx.a.app.request(`/api/reports/${r.id}/actions`, {
      method: 'POST',
      headers: other.headers,
      body: resolveForm({ action: 'resolve', note: 'Đã xử lý' }, await photoWithMetadata('jpeg')),
    });
    expect(res.status).toBe(403);
    expect(await ctx.a.mediaFiles()).toEqual(before);
  });

  it('refuses a body over one photo’s size with 413, on the staff action and on the public rating', async () => {
    const r = await kit.newReport({ category: 'trash' });
    const staff = await kit.as('unit_staff', { unitCode: r.unitCode });
    const huge = new Uint8Array(11 * 1024 * 1024);
    for (const [path, headers] of [
      [`/api/reports/${r.id}/actions`, staff.headers],
      [`/api/track/${r.trackingCode}/rating`, {}],
    ] as const) {
      const res = await ctx.a.app.request(path, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(huge.length) },
        body: huge,
      });
      expect(res.status).toBe(413);
    }
  });
});
