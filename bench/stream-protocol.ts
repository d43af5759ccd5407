// Messages between the bench and its stream-client processes (IPC, advanced serialization so
// typed arrays cross as they are).

export type StreamKind = 'socketio' | 'ws';

export interface ClientsInit {
  type: 'init';
  kind: StreamKind;
  url: string;
  count: number;
  tag: string;
  prefix: string;
  /** Report indexes run 0..maxReports-1. */
  maxReports: number;
}

export type ToClients = ClientsInit | { type: 'clock'; id: number } | { type: 'progress' } | { type: 'collect' };

/** What one client saw. recvAt[i] is when report i arrived (nowMs), NaN if it never did. */
export interface ClientRecord {
  recvAt: Float64Array;
  duplicates: number;
  /** Times seq did not follow the previous one by exactly 1 (a missing seq, or events from elsewhere). */
  seqGaps: number;
  outOfOrder: number;
  foreign: number;
  disconnects: number;
}

export type FromClients =
  | { type: 'ready'; connected: number; failed: number; error?: string }
  | { type: 'clock'; id: number; at: number }
  | { type: 'progress'; delivered: number }
  | { type: 'collected'; clients: ClientRecord[]; cpuSeconds: number; wallSeconds: number; loopDelayP99Ms: number };
