import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Db } from '../db/pool.js';
import {
  SubscribeRequest,
  type ClientToServerEvents,
  type ReportEventPayload,
  type ServerToClientEvents,
  type SubscribeAck,
  type TeamMovedPayload,
} from '../contracts/events.js';
import { ANONYMOUS, type Actor } from '../auth/actor.js';
import { can } from '../auth/policy.js';
import { toIssues } from '../http/errors.js';
import { eventsBetween, type StoredEvent } from '../reports/events.repository.js';
import { EventTail } from './event-tail.js';
import { isFirehose, matches, toSubscription, type Subscription } from './subscription.js';

type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
const FIREHOSE = 'firehose'; // live sockets with no filter: one encode per event for all of them
const REPLAY_PAGE = 1000;

interface Client {
  socket: IoSocket;
  /** Who is on this socket, from the session cookie or bearer token of its handshake. */
  actor: Actor;
  ready: Promise<void>;
  sub: Subscription;
  mode: 'idle' | 'replaying' | 'live';
  buffer: StoredEvent[];
  generation: number;
}

export interface Realtime {
  tail: EventTail;
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  /** A team's live position, to the sockets allowed to see that unit's teams. */
  teamMoved(payload: TeamMovedPayload): void;
  close(): Promise<void>;
}

/** Resolves the actor of a socket from its handshake headers (cookie or Authorization). */
export type ActorResolver = (headers: Record<string, string | string[] | undefined>) => Promise<Actor>;

/** Sends one logged event to a socket under its declared name. */
type Emit = <E extends keyof ServerToClientEvents>(ev: E, ...args: Parameters<ServerToClientEvents[E]>) => boolean;

function send(emit: Emit, e: StoredEvent): void {
  if (e.type === 'team') {
    emit('team:updated', { seq: e.seq, at: e.at, kind: e.kind, team: e.team });
    return;
  }
  const p: ReportEventPayload = { seq: e.seq, at: e.at, kind: e.kind, report: e.report, detail: e.detail };
  if (e.kind === 'report:created') emit('report:created', p);
  else if (e.kind === 'deadline:warned') emit('deadline:warned', p);
  else emit('report:updated', p);
}

/**
 * Report events go to whoever's filter they match (they carry public fields only); team events
 * only to signed-in staff who may see that unit's teams.
 */
const wants = (c: Client, e: StoredEvent) =>
  e.type === 'team' ? can(c.actor, 'team.read', { unitCode: e.team.unitCode }) : matches(c.sub, e.report);

/**
 * Socket.IO on the HTTP server. A client subscribes (bbox, categories, sinceSeq) by the
 * `subscribe` event or in its handshake `auth`; it first gets every event after sinceSeq from
 * report_events, then live ones, in seq order and without duplicates.
 */
export async function attachRealtime(
  http: HttpServer,
  db: Db,
  pollMs = 1000,
  actorOf: ActorResolver = async () => ANONYMOUS,
): Promise<Realtime> {
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(http, { serveClient: false });
  const clients = new Map<string, Client>();

  const deliver = (events: StoredEvent[]) => {
    for (const e of events) {
      // Report events: one encode for every unfiltered socket. Team events: per socket, by right.
      if (e.type === 'report') send((ev, ...args) => io.to(FIREHOSE).emit(ev, ...args), e);
      for (const c of clients.values()) {
        if (c.mode === 'replaying') c.buffer.push(e);
        else if (c.mode === 'live' && (e.type === 'team' || !isFirehose(c.sub)) && wants(c, e))
          send((ev, ...args) => c.socket.emit(ev, ...args), e);
      }
    }
  };
  const tail = new EventTail(db, deliver, pollMs);
  await tail.start();

  async function subscribe(c: Client, raw: unknown): Promise<SubscribeAck> {
    const parsed = SubscribeRequest.safeParse(raw ?? {});
    if (!parsed.success) {
      const detail = toIssues(parsed.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ');
      return { ok: false, error: { code: 'validation_failed', message: `Invalid subscription: ${detail}` } };
    }
    const generation = ++c.generation;
    await c.ready;
    c.socket.leave(FIREHOSE);
    Object.assign(c, { sub: toSubscription(parsed.data), mode: 'replaying', buffer: [] });
    let cursor = Math.min(parsed.data.sinceSeq ?? tail.lastSeq, Number.MAX_SAFE_INTEGER);
    let replayed = 0;
    // Replay only up to what the tail has delivered; newer events reach the buffer from the tail.
    while (cursor < tail.lastSeq) {
      const page = await eventsBetween(db, cursor, tail.lastSeq, REPLAY_PAGE);
      if (generation !== c.generation)
        return { ok: false, error: { code: 'superseded', message: 'A newer subscribe replaced this one.' } };
      for (const e of page) {
        if (!wants(c, e)) continue;
        send((ev, ...args) => c.socket.emit(ev, ...args), e);
        replayed++;
      }
      cursor = page.length ? page[page.length - 1]!.seq : tail.lastSeq;
    }
    // Synchronous from here: no event can slip between the buffer flush and going live.
    for (const e of c.buffer) {
      if (e.seq <= cursor || !wants(c, e)) continue;
      send((ev, ...args) => c.socket.emit(ev, ...args), e);
      replayed++;
      cursor = e.seq;
    }
    Object.assign(c, { mode: 'live', buffer: [] });
    if (isFirehose(c.sub)) c.socket.join(FIREHOSE);
    return { ok: true, replayed, lastSeq: Math.max(cursor, tail.lastSeq) };
  }

  io.on('connection', (socket) => {
    coalesceWrites(socket);
    const c: Client = {
      socket,
      actor: ANONYMOUS,
      ready: Promise.resolve(),
      sub: toSubscription({}),
      mode: 'idle',
      buffer: [],
      generation: 0,
    };
    c.ready = actorOf(socket.handshake.headers)
      .then((actor) => void (c.actor = actor))
      .catch(() => {}); // the session store is briefly unreachable: the socket stays anonymous
    clients.set(socket.id, c);
    socket.on('disconnect', () => clients.delete(socket.id));
    socket.on('subscribe', (req, ack) => {
      void subscribe(c, req)
        .then((res) => typeof ack === 'function' && ack(res))
        .catch(() => {
          if (typeof ack === 'function')
            ack({ ok: false, error: { code: 'unavailable', message: 'The event log is unavailable; retry shortly.' } });
        });
    });
    const auth = socket.handshake.auth as Record<string, unknown> | undefined;
    if (auth && Object.keys(auth).length > 0) void subscribe(c, auth).catch(() => socket.disconnect());
  });

  return {
    tail,
    io,
    teamMoved(payload) {
      for (const c of clients.values()) {
        if (can(c.actor, 'team.read', { unitCode: payload.unitCode })) c.socket.emit('team:moved', payload);
      }
    },
    async close() {
      tail.stop();
      await new Promise<void>((resolve) => void io.close(() => resolve()));
    },
  };
}

interface Corkable {
  cork(): void;
  uncork(): void;
}

interface EngineTransport {
  send?: (packets: unknown[]) => void;
  socket?: { _socket?: Partial<Corkable> };
  coalesced?: boolean;
}

/**
 * engine.io writes each queued packet as its own websocket frame, and each frame is its own
 * write syscall: at 500 events/s × 100 clients that was most of the server's CPU. Corking the
 * client's TCP socket around engine.io's send of a packet batch makes it one syscall per batch.
 * Reaches into engine.io's websocket transport; other transports (long-polling) are left as they are.
 */
function coalesceWrites(socket: IoSocket): void {
  const patch = () => {
    const t = (socket.conn as unknown as { transport?: EngineTransport }).transport;
    const raw = t?.socket?._socket;
    if (!t || t.coalesced || typeof t.send !== 'function' || typeof raw?.cork !== 'function') return;
    const send = t.send.bind(t);
    const tcp = raw as Corkable;
    t.send = (packets) => {
      tcp.cork();
      try {
        send(packets);
      } finally {
        tcp.uncork();
      }
    };
    t.coalesced = true;
  };
  patch();
  socket.conn.on('upgrade', patch);
}
