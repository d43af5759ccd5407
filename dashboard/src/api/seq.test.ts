import { describe, expect, it } from 'vitest';
import { acceptSeq, emptyTracker, SEQ_WINDOW, subscribeAcked, subscribeRequest, type SeqTracker } from './seq.js';

function feed(t: SeqTracker, seqs: number[]): { t: SeqTracker; accepted: number[] } {
  const accepted: number[] = [];
  for (const seq of seqs) {
    const next = acceptSeq(t, seq);
    if (next) {
      t = next;
      accepted.push(seq);
    }
  }
  return { t, accepted };
}

describe('seq tracker', () => {
  it('drops a seq it has already seen, even out of order', () => {
    const { t, accepted } = feed(emptyTracker, [1, 2, 4, 3, 2, 4, 5]);
    expect(accepted).toEqual([1, 2, 4, 3, 5]);
    expect(t.lastSeq).toBe(5);
  });

  it('subscribes from scratch first, then resumes after the last seq seen', () => {
    expect(subscribeRequest(emptyTracker)).toEqual({});
    expect(subscribeRequest(feed(emptyTracker, [7, 8]).t)).toEqual({ sinceSeq: 8 });
  });

  it('resumes from the server’s last seq when the first subscription saw no event', () => {
    const t = subscribeAcked(emptyTracker, {}, { ok: true, replayed: 0, lastSeq: 40 });
    expect(subscribeRequest(t)).toEqual({ sinceSeq: 40 });
  });

  it('does not skip a replay that is still on its way', () => {
    const t = feed(emptyTracker, [10]).t;
    const after = subscribeAcked(t, { sinceSeq: 10 }, { ok: true, replayed: 3, lastSeq: 13 });
    expect(after.lastSeq).toBe(10);
    expect(feed(after, [11, 12, 13]).accepted).toEqual([11, 12, 13]);
  });

  it('starts over when the server has less history than the client saw (database reset)', () => {
    const t = feed(emptyTracker, [5000]).t;
    const reset = subscribeAcked(t, { sinceSeq: 5000 }, { ok: true, replayed: 0, lastSeq: 2 });
    expect(reset.lastSeq).toBe(2);
    expect(feed(reset, [3]).accepted).toEqual([3]);
  });

  it('ignores a failed subscription', () => {
    expect(subscribeAcked(emptyTracker, {}, { ok: false, error: { code: 'x', message: 'y' } })).toBe(emptyTracker);
  });

  it('remembers a bounded number of seqs', () => {
    const { t } = feed(
      emptyTracker,
      Array.from({ length: SEQ_WINDOW * 2 }, (_, i) => i + 1),
    );
    expect(t.seen.size).toBeLessThanOrEqual(SEQ_WINDOW);
    expect(acceptSeq(t, 1)).toBeNull();
  });
});
