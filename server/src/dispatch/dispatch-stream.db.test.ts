import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamEventPayload, TeamMovedPayload } from '../contracts/events.js';
import { Team } from '../contracts/team.js';
import { HOAN_KIEM, jsonPost } from '../testing/app.js';
import { signIn, type SignedInUser } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { startTestServer, type TestServer } from '../testing/http-server.js';
import { connectStream, type StreamClient } from '../testing/stream-client.js';

let t: TestDatabase;
let s: TestServer;
let c: StreamClient | undefined;
let admin: SignedInUser;
let operator: SignedInUser;
let dispatcher: SignedInUser;
beforeAll(async () => {
  t = await createTestDatabase();
  s = await startTestServer(t);
  [admin, operator, dispatcher] = await Promise.all([
    signIn(t.db, 'admin'),
    signIn(t.db, 'operator'),
    signIn(t.db, 'dispatcher'),
  ]);
});
afterAll(async () => {
  c?.close();
  await s?.close();
  await t?.close();
});

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${s.url}${path}`, jsonPost(body, headers) as RequestInit);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300);
  return res.json() as Promise<Record<string, unknown>>;
};

async function until<T>(items: T[], pick: (x: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = items.find(pick);
    if (found) return found;
    if (Date.now() > end) throw new Error(`not received within ${timeoutMs} ms: ${JSON.stringify(items)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('dispatch on the live stream', () => {
  it('shows a subscribed client team:updated after an assignment and team:moved after a position fix', async () => {
    const team = Team.parse(
      await post('/api/teams', { name: 'Đội phản ứng nhanh – Phường Hoàn Kiếm', unitCode: '00070' }, admin.headers),
    );
    const phone = await signIn(t.db, 'field_team', { teamId: team.id });
    const { id: reportId } = await post('/api/reports', {
      category: 'trash',
      description: 'Rác đổ trộm',
      location: HOAN_KIEM,
    });
    await post(`/api/reports/${reportId as string}/actions`, { action: 'receive' }, operator.headers);

    c = await connectStream(s.url, undefined, dispatcher.headers);
    const updated: unknown[] = [];
    const moved: unknown[] = [];
    c.socket.on('team:updated', (e) => updated.push(e));
    c.socket.on('team:moved', (e) => moved.push(e));
    expect(await c.subscribe({})).toMatchObject({ ok: true });
    // Nobody signed in, and staff of another unit, see reports but never teams.
    const strangers = [
      await connectStream(s.url),
      await connectStream(s.url, undefined, (await signIn(t.db, 'unit_staff', { unitCode: '00004' })).headers),
    ];
    for (const x of strangers) await x.subscribe({});

    await post(`/api/reports/${reportId as string}/assign`, { teamId: team.id }, dispatcher.headers);
    const assigned = TeamEventPayload.parse(
      await until(updated, (e) => TeamEventPayload.safeParse(e).data?.kind === 'team:assigned'),
    );
    expect(assigned.team).toMatchObject({ id: team.id, status: 'en_route', currentReportId: reportId });
    expect(assigned.seq).toBeGreaterThan(0);
    await until(c.events, (e) => e.report.id === reportId && e.kind === 'report:assigned');

    await post(`/api/teams/${team.id}/position`, { location: [105.8531, 21.0291] }, phone.headers);
    const fix = TeamMovedPayload.parse(
      await until(moved, (e) => TeamMovedPayload.safeParse(e).data?.teamId === team.id),
    );
    expect(fix.position).toEqual([105.8531, 21.0291]);
    await until(strangers[0]!.events, (e) => e.report.id === reportId && e.kind === 'report:assigned');
    await new Promise((r) => setTimeout(r, 300)); // the team events would have arrived by now
    for (const x of strangers) {
      expect(x.all.filter((e) => e.name.startsWith('team:'))).toEqual([]);
      x.close();
    }
    // A late staff client replaying from the start gets the team events; an anonymous one does not.
    const late = await connectStream(s.url, undefined, operator.headers);
    await late.subscribe({ sinceSeq: 0 });
    const anon = await connectStream(s.url);
    await anon.subscribe({ sinceSeq: 0 });
    expect(late.all.some((e) => e.name === 'team:updated')).toBe(true);
    expect(anon.all.some((e) => e.name === 'team:updated')).toBe(false);
    late.close();
    anon.close();
  });
});
