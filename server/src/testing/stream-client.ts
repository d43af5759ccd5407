import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  ReportEventPayload,
  ServerToClientEvents,
  SubscribeAck,
  SubscribeRequest,
} from '../contracts/events.js';

export interface StreamClient {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** report:created and report:updated, in arrival order (what most tests count). */
  events: ReportEventPayload[];
  /** Every event by name, including deadline:warned, team:updated and team:moved. */
  all: { name: keyof ServerToClientEvents; payload: unknown }[];
  seqs(): number[];
  subscribe(req: SubscribeRequest): Promise<SubscribeAck>;
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): void;
}

/**
 * A real Socket.IO client that records every report event it receives. `headers` sign the
 * handshake in (a bearer token or the session cookie), as staff's dashboards and phones do.
 */
export async function connectStream(
  url: string,
  auth?: SubscribeRequest,
  headers?: Record<string, string>,
): Promise<StreamClient> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: auth ?? {},
    extraHeaders: headers,
  });
  const events: ReportEventPayload[] = [];
  socket.on('report:created', (e) => events.push(e));
  socket.on('report:updated', (e) => events.push(e));
  const all: StreamClient['all'] = [];
  socket.onAny((name: keyof ServerToClientEvents, payload: unknown) => all.push({ name, payload }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    events,
    all,
    seqs: () => events.map((e) => e.seq),
    subscribe: (req) => socket.timeout(10_000).emitWithAck('subscribe', req),
    async waitFor(n, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (events.length < n) {
        if (Date.now() > end) throw new Error(`received ${events.length} events, expected ${n}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => void socket.close(),
  };
}
