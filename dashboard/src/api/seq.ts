import type { SubscribeAck, SubscribeRequest } from '@matthan/server/contracts';

/** How many recent seqs are remembered to drop duplicates (a replay overlapping live events). */
export const SEQ_WINDOW = 2048;

/** What the live stream has delivered so far: the highest seq and the recent ones. */
export interface SeqTracker {
  lastSeq: number;
  seen: ReadonlySet<number>;
}

export const emptyTracker: SeqTracker = { lastSeq: 0, seen: new Set() };

/**
 * Records an event's seq. Returns null for a seq seen before (or too old to tell), which the
 * caller drops; events can arrive twice when a replay after reconnect overlaps the live stream.
 */
export function acceptSeq(t: SeqTracker, seq: number): SeqTracker | null {
  if (t.seen.has(seq) || seq <= t.lastSeq - SEQ_WINDOW) return null;
  const lastSeq = Math.max(t.lastSeq, seq);
  const seen = new Set([...t.seen].filter((s) => s > lastSeq - SEQ_WINDOW));
  seen.add(seq);
  return { lastSeq, seen };
}

/** What to send on every (re)connect: resume after the last seq seen so nothing is lost. */
export function subscribeRequest(t: SeqTracker): SubscribeRequest {
  return t.lastSeq > 0 ? { sinceSeq: t.lastSeq } : {};
}

/**
 * The server acknowledged a subscription. On a first subscription (no sinceSeq) its lastSeq is
 * where a later reconnect must resume from. With sinceSeq the replay is still to come, so the
 * tracker only moves as those events arrive.
 */
export function subscribeAcked(t: SeqTracker, req: SubscribeRequest, ack: SubscribeAck): SeqTracker {
  if (!ack.ok) return t;
  // The server knows less history than we saw: its database was reset. Start over from its
  // seq, or its new events (with small seqs) would all look like old duplicates.
  if (req.sinceSeq !== undefined && ack.lastSeq < req.sinceSeq) return { lastSeq: ack.lastSeq, seen: new Set() };
  if (req.sinceSeq !== undefined || ack.lastSeq <= t.lastSeq) return t;
  return { ...t, lastSeq: ack.lastSeq };
}
