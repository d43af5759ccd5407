// A child process holding many live-stream clients (Socket.IO or raw ws). It timestamps every
// event on arrival and hands the timestamps back to the bench, which joins them with send times.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import type { ClientToServerEvents, ServerToClientEvents } from '../server/src/contracts/events.js';
import { nowMs } from './clock.js';
import { StreamRecorder } from './stream-recorder.js';
import type { ClientsInit, FromClients, ToClients } from './stream-protocol.js';

const CONNECT_TIMEOUT_MS = 20_000;
const BATCH = 10;

const recorders: StreamRecorder[] = [];
const closers: Array<() => void> = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
let cpuAtReady = process.cpuUsage();
let wallAtReady = nowMs();
let closing = false;

const send = (m: FromClients) => process.send!(m);

async function connectSocketIo(url: string, rec: StreamRecorder): Promise<void> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    transports: ['websocket'],
    forceNew: true, // one connection per client, not one multiplexed Manager for all
    reconnection: false,
    timeout: CONNECT_TIMEOUT_MS,
  });
  closers.push(() => socket.disconnect());
  socket.on('report:created', (e) => rec.record(nowMs(), e.seq, e.report.description));
  socket.on('report:updated', (e) => rec.advance(e.seq));
  socket.on('deadline:warned', (e) => rec.advance(e.seq));
  socket.on('team:updated', (e) => rec.advance(e.seq));
  socket.on('disconnect', () => {
    if (!closing) rec.disconnects++;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const ack = await socket.timeout(CONNECT_TIMEOUT_MS).emitWithAck('subscribe', {});
  if (!ack.ok) throw new Error(`subscribe: ${ack.error.message}`);
}

async function connectWs(url: string, rec: StreamRecorder): Promise<void> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/stream`);
  closers.push(() => ws.terminate());
  ws.on('message', (data: Buffer) => {
    const at = nowMs();
    const e = JSON.parse(data.toString('utf8')) as { seq: number; report: { description: string } };
    rec.record(at, e.seq, e.report.description);
  });
  ws.on('close', () => {
    if (!closing) rec.disconnects++;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('ws connect timed out')), CONNECT_TIMEOUT_MS);
    ws.once('open', () => (clearTimeout(timer), resolve()));
    ws.once('error', (err) => (clearTimeout(timer), reject(err)));
  });
}

async function init(m: ClientsInit): Promise<void> {
  const connect = m.kind === 'socketio' ? connectSocketIo : connectWs;
  let failed = 0;
  let error: string | undefined;
  for (let start = 0; start < m.count; start += BATCH) {
    const batch = Array.from(
      { length: Math.min(BATCH, m.count - start) },
      () => new StreamRecorder(m.maxReports, m.tag, m.prefix),
    );
    recorders.push(...batch);
    const results = await Promise.allSettled(batch.map((rec) => connect(m.url, rec)));
    for (const r of results) {
      if (r.status !== 'rejected') continue;
      failed++;
      error ??= (r.reason as Error).message;
    }
  }
  loop.enable();
  cpuAtReady = process.cpuUsage();
  wallAtReady = nowMs();
  send({ type: 'ready', connected: m.count - failed, failed, error });
}

function collect(): void {
  const cpu = process.cpuUsage(cpuAtReady);
  send({
    type: 'collected',
    clients: recorders.map((r) => r.toRecord()),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (nowMs() - wallAtReady) / 1000,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
  });
}

function shutdown(): void {
  closing = true;
  for (const close of closers) close();
  setTimeout(() => process.exit(0), 200).unref();
}

process.on('message', (m: ToClients) => {
  if (m.type === 'init')
    void init(m).catch((err: unknown) =>
      send({ type: 'ready', connected: 0, failed: m.count, error: (err as Error).message }),
    );
  else if (m.type === 'clock') send({ type: 'clock', id: m.id, at: nowMs() });
  else if (m.type === 'progress') send({ type: 'progress', delivered: recorders.reduce((n, r) => n + r.delivered, 0) });
  else if (m.type === 'collect') collect();
});
// The bench went away (or asked us to stop): close the sockets and exit.
process.on('disconnect', shutdown);
process.on('SIGTERM', shutdown);
