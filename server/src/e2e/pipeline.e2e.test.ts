import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportCreated } from '../contracts/report.js';
import { photoWithMetadata } from '../testing/fixtures.js';
import { startServerProcess, type ServerProcess } from '../testing/server-process.js';
import { connectStream, type StreamClient } from '../testing/stream-client.js';

// The product as a user starts it: `tsx server/src/main.ts` on the embedded engine in a fresh
// folder. The test reads the database over the embedded engine's own wire server, with simple
// (parameterless) queries only, so it never interleaves with the server's queries.
let server: ServerProcess;
let dbPort: number;
const clients: StreamClient[] = [];

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function sql<T>(query: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable` });
  await c.connect();
  try {
    return (await c.query(query)).rows as T[];
  } finally {
    await c.end();
  }
}

const counts = () =>
  sql<{ reports: number; events: number; media: number }>(
    `SELECT (SELECT count(*)::int FROM reports) AS reports, (SELECT count(*)::int FROM report_events) AS events,
            (SELECT count(*)::int FROM report_media) AS media`,
  ).then((r) => r[0]!);

async function postPhoto(fields: Record<string, string>, key?: string): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('photos', new Blob([await photoWithMetadata('jpeg')], { type: 'image/jpeg' }), 'IMG_0001.jpg');
  return fetch(`${server.url}/api/reports`, {
    method: 'POST',
    body: form,
    headers: key ? { 'Idempotency-Key': key } : {},
  });
}

let spot = 0;
async function postJson(description: string): Promise<string> {
  spot++; // ~200 m apart: no report is another's "me too" (which adds an event to the original)
  const location = [105.8412 + spot * 0.002, 21.0245];
  const res = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ category: 'traffic', description, location }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function stream(sinceSeq?: number) {
  const c = await connectStream(server.url);
  clients.push(c);
  const ack = await c.subscribe(sinceSeq === undefined ? {} : { sinceSeq });
  if (!ack.ok) throw new Error(ack.error.message);
  return { c, ack };
}

beforeAll(async () => {
  dbPort = await freePort();
  server = await startServerProcess({ env: { MATTHAN_EMBEDDED_PORT: String(dbPort) } });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await server?.destroy();
});

const fields = {
  category: 'sidewalk_encroachment',
  description: 'Quán nước lấn chiếm vỉa hè phố Hàng Bài',
  lng: '105.8527',
  lat: '21.0220',
};

describe('the report pipeline, end to end', () => {
  it('serves the API, the dashboard shell and the health check', async () => {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', engine: 'embedded' });
    expect(server.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
  });

  it('commits a report with a photo, stores the stripped file, and streams it with its seq', async () => {
    const { c: live, ack } = await stream();
    const before = await counts();
    const res = await postPhoto(fields, 'e2e-key-1');
    expect(res.status).toBe(201);
    const report = ReportCreated.parse(await res.json());
    await live.waitFor(1);
    expect(live.events[0]!.report.id).toBe(report.id);
    expect(live.events[0]!.seq).toBeGreaterThan(ack.ok ? ack.lastSeq : 0);

    const after = await counts();
    expect(after).toEqual({ reports: before.reports + 1, events: before.events + 1, media: before.media + 1 });
    const [row] = await sql<{ ward_code: string; kind: string; seq: string; path: string }>(
      `SELECT r.ward_code, e.kind, e.seq::text AS seq, m.path FROM reports r
       JOIN report_events e ON e.report_id = r.id JOIN report_media m ON m.report_id = r.id
       WHERE r.id = '${report.id}'`,
    );
    expect(row).toMatchObject({ ward_code: report.wardCode, kind: 'report:created', seq: String(live.events[0]!.seq) });
    const file = `${server.dataDir}/media/${row!.path}`;
    expect(existsSync(file)).toBe(true);
    const stored = await readFile(file);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes('SECRET-ARTIST')).toBe(false);
  });

  it('gives one report for the same Idempotency-Key sent twice', async () => {
    const before = await counts();
    const again = await postPhoto(fields, 'e2e-key-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await counts()).toEqual(before);
    const rows = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM reports WHERE idempotency_key = 'e2e-key-1'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('leaves nothing behind for a bad request', async () => {
    const before = await counts();
    const mediaBefore = await readdir(`${server.dataDir}/media`);
    const res = await postPhoto({ ...fields, lng: '106.7', lat: '10.77' }); // Hồ Chí Minh City
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('outside_service_area');
    expect(await counts()).toEqual(before);
    expect(await readdir(`${server.dataDir}/media`)).toEqual(mediaBefore);
  });

  it('replays to a reconnecting client exactly the events it missed, also after a restart', async () => {
    const { c: first } = await stream();
    await postJson('Đèn tín hiệu hỏng ở ngã tư');
    await first.waitFor(1);
    const lastSeen = first.events.at(-1)!.seq;
    first.close();
    const missed = [
      await postJson('Ùn tắc kéo dài 1'),
      await postJson('Ùn tắc kéo dài 2'),
      await postJson('Ùn tắc kéo dài 3'),
    ];

    const { c: back, ack } = await stream(lastSeen);
    expect(ack).toMatchObject({ ok: true, replayed: 3 });
    expect(back.events.map((e) => e.report.id)).toEqual(missed);
    back.close();

    await server.stop();
    server = await startServerProcess({ dataDir: server.dataDir, env: { MATTHAN_EMBEDDED_PORT: String(dbPort) } });
    const { c: afterRestart } = await stream(lastSeen);
    expect(afterRestart.events.map((e) => e.report.id)).toEqual(missed);
    const seqs = afterRestart.events.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(3);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });
});
