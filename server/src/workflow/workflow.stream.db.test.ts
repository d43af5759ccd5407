import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportEventPayload } from '../contracts/events.js';
import { createDeadlineWatcher } from '../deadlines/deadline-watcher.js';
import { jsonPost } from '../testing/app.js';
import { signIn } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { startTestServer, type TestServer } from '../testing/http-server.js';
import { connectStream, type StreamClient } from '../testing/stream-client.js';

let t: TestDatabase;
let s: TestServer;
const clients: StreamClient[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  s = await startTestServer(t);
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await s?.close();
  await t?.close();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${s.url}${path}`, jsonPost(body, headers) as RequestInit);
}

describe('workflow changes on the live stream', () => {
  it('sends each staff action as report:updated with its kind and public detail, and replays them', async () => {
    const c = await connectStream(s.url);
    clients.push(c);
    await c.subscribe({});
    const created = (await (
      await post('/api/reports', { category: 'noise', description: 'Hát karaoke khuya', location: [105.8, 21.01] })
    ).json()) as {
      id: string;
      unitCode: string;
    };
    const staff = await signIn(t.db, 'unit_staff', { unitCode: created.unitCode });
    await post(`/api/reports/${created.id}/actions`, { action: 'receive' }, staff.headers);
    await post(
      `/api/reports/${created.id}/actions`,
      { action: 'transfer', unitCode: 'CATP', reason: 'Công an xử lý tiếng ồn' },
      staff.headers,
    );
    await c.waitFor(3);
    const events = c.events.map((e) => ReportEventPayload.parse(e));
    expect(events.map((e) => [e.kind, e.report.status, e.report.unitCode])).toEqual([
      ['report:created', 'new', created.unitCode],
      ['report:received', 'received', created.unitCode],
      ['report:transferred', 'new', 'CATP'],
    ]);
    expect(events[2]!.detail).toEqual({ fromUnit: created.unitCode, toUnit: 'CATP', reason: 'Công an xử lý tiếng ồn' });
    expect(JSON.stringify(c.all)).not.toContain(staff.user.id);
    const back = await connectStream(s.url);
    clients.push(back);
    expect(await back.subscribe({ sinceSeq: events[0]!.seq })).toMatchObject({ ok: true, replayed: 2 });
    expect(back.events.map((e) => e.kind)).toEqual(['report:received', 'report:transferred']);
  });

  it('sends deadline:warned once when a report passes 80 % of its time', async () => {
    const c = await connectStream(s.url);
    clients.push(c);
    await c.subscribe({});
    const created = (await (
      await post('/api/reports', { category: 'trash', description: 'Rác tràn ra đường', location: [105.82, 21.05] })
    ).json()) as {
      id: string;
      dueAt: string;
    };
    const watcher = createDeadlineWatcher({
      db: t.db,
      broadcaster: s.realtime.tail,
      clock: () => new Date(Date.parse(created.dueAt) - 1000),
    });
    expect(await watcher.tick()).toContain(created.id);
    expect(await watcher.tick()).toEqual([]);
    const end = Date.now() + 10_000;
    const mine = () =>
      c.all.filter((e) => e.name === 'deadline:warned' && ReportEventPayload.parse(e.payload).report.id === created.id);
    while (mine().length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300)); // a second warning would arrive by now
    expect(mine()).toHaveLength(1);
  });
});
