import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportEventPayload } from '../contracts/events.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { jsonPost } from '../testing/app.js';
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

async function client(auth?: Parameters<typeof connectStream>[1]) {
  const c = await connectStream(s.url, auth);
  clients.push(c);
  return c;
}

let n = 0;
async function postReport(server: TestServer, over: Record<string, unknown> = {}): Promise<string> {
  ++n; // each report ~90 m from the others, so none is another's "me too" (that adds an event)
  const body = {
    category: 'trash',
    description: `Rác thải số ${n}`,
    location: [105.84 + (n % 25) * 0.0009, 21.02 + Math.floor(n / 25) * 0.0009],
    reporter: { name: 'Lê Văn C' },
    ...over,
  };
  const res = await fetch(`${server.url}/api/reports`, jsonPost(body) as RequestInit);
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('live stream', () => {
  it('delivers report:created with its seq and public fields only to a subscribed client', async () => {
    const c = await client();
    const ack = await c.subscribe({});
    expect(ack).toMatchObject({ ok: true, replayed: 0 });
    const id = await postReport(s);
    await c.waitFor(1);
    const e = ReportEventPayload.parse(c.events[0]);
    expect(e.report.id).toBe(id);
    expect(e.seq).toBeGreaterThan(0);
    expect(JSON.stringify(c.events[0])).not.toContain('Lê Văn C');
  });

  it('keeps order without duplicates when many reports commit at once', async () => {
    const c = await client();
    await c.subscribe({});
    await Promise.all(Array.from({ length: 25 }, () => postReport(s)));
    await c.waitFor(25);
    await new Promise((r) => setTimeout(r, 300));
    expect(c.events).toHaveLength(25);
    expect(increasing(c.seqs())).toBe(true);
  });

  it('replays exactly the missed events to a client that comes back with its last seq', async () => {
    const first = await client();
    await first.subscribe({});
    await postReport(s);
    await first.waitFor(1);
    const lastSeen = first.seqs().at(-1)!;
    first.close();
    const missed = [];
    for (let i = 0; i < 7; i++) missed.push(await postReport(s));
    const back = await client();
    const ack = await back.subscribe({ sinceSeq: lastSeen });
    expect(ack).toMatchObject({ ok: true, replayed: 7 });
    expect(back.events.map((e) => e.report.id)).toEqual(missed);
    expect(increasing(back.seqs())).toBe(true);
    const live = await postReport(s);
    await back.waitFor(8);
    expect(back.events.at(-1)!.report.id).toBe(live);
    expect(new Set(back.seqs()).size).toBe(8);
  });

  it('replays through the handshake auth as socket.io-client reconnects send it', async () => {
    const { rows } = await t.db.query<{ s: string }>('SELECT max(seq)::text AS s FROM report_events');
    const since = Number(rows[0]!.s) - 3;
    const c = await client({ sinceSeq: since });
    await c.waitFor(3);
    expect(c.seqs()).toEqual([since + 1, since + 2, since + 3]);
  });

  it('sends only the bbox and categories a client asked for, replay included', async () => {
    const { rows } = await t.db.query<{ s: string }>('SELECT max(seq)::text AS s FROM report_events');
    const c = await client();
    await c.subscribe({ bbox: [105.84, 21.02, 105.86, 21.04], categories: ['flooding'], sinceSeq: Number(rows[0]!.s) });
    const wanted = await postReport(s, { category: 'flooding' });
    await postReport(s, { category: 'trash' });
    await postReport(s, { category: 'flooding', location: [105.78, 21.03] });
    const late = await client();
    await late.subscribe({
      categories: ['flooding'],
      bbox: [105.84, 21.02, 105.86, 21.04],
      sinceSeq: Number(rows[0]!.s),
    });
    await c.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(c.events.map((e) => e.report.id)).toEqual([wanted]);
    expect(late.events.map((e) => e.report.id)).toEqual([wanted]);
  });

  it('answers a malformed subscription with an error, not a crash', async () => {
    const c = await client();
    const ack = await c.subscribe({ bbox: [1, 2, 3] } as never);
    expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(c.socket.connected).toBe(true);
  });
});

describe('resume across a long disconnect and a server restart', () => {
  it('replays events committed 15 minutes ago and while no server was running', async () => {
    const { rows } = await t.db.query<{ s: string }>('SELECT max(seq)::text AS s FROM report_events');
    const lastSeen = Number(rows[0]!.s);
    const fifteenMinutesAgo = () => new Date(Date.now() - 15 * 60_000);
    const old = await startTestServer(t, fifteenMinutesAgo);
    const ids = [await postReport(old), await postReport(old)];
    await old.close(); // the server goes away; nobody is connected
    const restarted = await startTestServer(t);
    try {
      ids.push(await postReport(restarted));
      const c = await connectStream(restarted.url);
      clients.push(c);
      const ack = await c.subscribe({ sinceSeq: lastSeen });
      expect(ack).toMatchObject({ ok: true, replayed: 3 });
      expect(c.events.map((e) => e.report.id)).toEqual(ids);
      expect(Date.parse(c.events[0]!.report.createdAt)).toBeLessThan(Date.now() - 14 * 60_000);
    } finally {
      await restarted.close();
    }
  });
});
