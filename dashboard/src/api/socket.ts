import {
  HotspotChangedPayload,
  TeamEventPayload,
  TeamMovedPayload,
  reportEvents,
  type ClientToServerEvents,
  type ReportEventPayload,
  type ReportEventName,
  type ServerToClientEvents,
} from '@matthan/server/contracts';
import { io, type Socket } from 'socket.io-client';
import type { StreamStatus } from '../state/stream.js';
import { acceptSeq, emptyTracker, subscribeAcked, subscribeRequest } from './seq.js';

export interface LiveStreamHandlers {
  /** A new event, validated and seen for the first time. */
  onEvent(kind: ReportEventName, payload: ReportEventPayload): void;
  onStatus(status: StreamStatus): void;
  /** Cells that turned hot or hotter; derived state, so it has no seq and is not replayed. */
  onHotspot?(payload: HotspotChangedPayload): void;
  /** A team's status or assignment changed (staff who may see that unit's teams only). Has a seq. */
  onTeam?(payload: TeamEventPayload): void;
  /** A team's phone moved; only the latest position matters, so it has no seq and no replay. */
  onTeamMoved?(payload: TeamMovedPayload): void;
}

export interface LiveStreamOptions {
  /** Server origin; the page's own origin when left out (the server serves the dashboard). */
  url?: string;
}

/**
 * Opens the live stream of report events. On every (re)connect it subscribes again with the
 * last seq it saw, so the server replays what was missed; duplicates are dropped by seq.
 * Returns a function that closes the stream.
 */
export function connectLiveStream(handlers: LiveStreamHandlers, options: LiveStreamOptions = {}): () => void {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = options.url ? io(options.url) : io();
  let tracker = emptyTracker;

  const receive = (kind: ReportEventName, raw: unknown) => {
    const parsed = reportEvents[kind].safeParse(raw);
    if (!parsed.success) {
      // A payload the contract does not allow is a server bug; skipping it keeps the map consistent.
      console.warn(`[matthan] ignored a malformed ${kind} event`, parsed.error.issues);
      return;
    }
    const next = acceptSeq(tracker, parsed.data.seq);
    if (!next) return;
    tracker = next;
    handlers.onEvent(kind, parsed.data);
  };

  socket.on('connect', () => {
    handlers.onStatus('connecting');
    const req = subscribeRequest(tracker);
    socket.emit('subscribe', req, (ack) => {
      tracker = subscribeAcked(tracker, req, ack);
      handlers.onStatus(ack.ok ? 'live' : 'offline');
      if (!ack.ok) console.warn(`[matthan] subscription refused: ${ack.error.code}`);
    });
  });
  socket.on('disconnect', () => handlers.onStatus('offline'));
  socket.on('connect_error', () => handlers.onStatus('offline'));
  socket.on('report:created', (raw) => receive('report:created', raw));
  socket.on('report:updated', (raw) => receive('report:updated', raw));
  socket.on('deadline:warned', (raw) => receive('deadline:warned', raw));
  socket.on('team:updated', (raw) => {
    const parsed = TeamEventPayload.safeParse(raw);
    if (!parsed.success) return console.warn('[matthan] ignored a malformed team:updated event', parsed.error.issues);
    const next = acceptSeq(tracker, parsed.data.seq); // the same log, the same seqs as report events
    if (!next) return;
    tracker = next;
    handlers.onTeam?.(parsed.data);
  });
  socket.on('team:moved', (raw) => {
    const parsed = TeamMovedPayload.safeParse(raw);
    if (parsed.success) handlers.onTeamMoved?.(parsed.data);
    else console.warn('[matthan] ignored a malformed team:moved event', parsed.error.issues);
  });
  socket.on('hotspot:changed', (raw) => {
    const parsed = HotspotChangedPayload.safeParse(raw);
    if (parsed.success) handlers.onHotspot?.(parsed.data);
    else console.warn('[matthan] ignored a malformed hotspot:changed event', parsed.error.issues);
  });

  return () => {
    socket.removeAllListeners();
    socket.disconnect();
  };
}
