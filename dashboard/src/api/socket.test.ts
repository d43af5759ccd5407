import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReportEventPayload, SubscribeRequest } from '@matthan/server/contracts';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anEvent } from '../testing/reports.js';
import { connectLiveStream } from './socket.js';

// A real Socket.IO server that keeps a log of events and replays after `sinceSeq`, as the
// product's does, so the client's resume logic is tested over a real connection.
async function fakeStream() {
  const http = createServer();
  const io = new Server(http);
  const log: ReportEventPayload[] = [];
  const requests: SubscribeRequest[] = [];
  io.on('connection', (socket) => {
    socket.on('subscribe', (req: SubscribeRequest, ack: (a: unknown) => void) => {
      requests.push(req);
      const since = req.sinceSeq ?? log.at(-1)?.seq ?? 0;
      for (const e of log) if (e.seq > since) socket.emit('report:created', e);
      socket.join('live');
      ack({ ok: true, replayed: 0, lastSeq: log.at(-1)?.seq ?? 0 });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    publish(e: ReportEventPayload, { live = true } = {}) {
      log.push(e);
      if (live) io.to('live').emit('report:created', e);
    },
    emitRaw: (payload: unknown) => io.to('live').emit('report:created', payload),
    dropConnections: () => io.sockets.sockets.forEach((s) => s.conn.close()),
    close: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

async function connected() {
  const server = await fakeStream();
  const seqs: number[] = [];
  const statuses: string[] = [];
  const close = connectLiveStream(
    { onEvent: (_kind, e) => seqs.push(e.seq), onStatus: (s) => statuses.push(s) },
    { url: server.url },
  );
  cleanup.push(server.close, close);
  await until(() => statuses.at(-1) === 'live');
  return { server, seqs, statuses };
}

describe('live stream', () => {
  it('delivers live events once each, in order', async () => {
    const { server, seqs } = await connected();
    server.publish(anEvent(1));
    server.publish(anEvent(2));
    server.emitRaw(anEvent(2));
    server.publish(anEvent(3));
    await until(() => seqs.length >= 3);
    await new Promise((r) => setTimeout(r, 100));
    expect(seqs).toEqual([1, 2, 3]);
  });

  it('resubscribes with the last seq after a reconnect and gets what it missed', async () => {
    const { server, seqs, statuses } = await connected();
    server.publish(anEvent(1));
    await until(() => seqs.length === 1);
    server.dropConnections();
    await until(() => statuses.includes('offline'));
    // Committed while the client was away: only the replay can bring it.
    server.publish(anEvent(2), { live: false });
    await until(() => seqs.length === 2, 10_000);
    expect(seqs).toEqual([1, 2]);
    expect(server.requests).toEqual([{}, { sinceSeq: 1 }]);
  });

  it('drops a payload that breaks the contract', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanup.push(() => warn.mockRestore());
    const { server, seqs } = await connected();
    server.emitRaw({ seq: 'one', report: {} });
    server.publish(anEvent(5));
    await until(() => seqs.length === 1);
    expect(seqs).toEqual([5]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('malformed report:created'), expect.anything());
  });
});
