import { describe, expect, it } from 'vitest';
import { summarizeStream } from './stream-summary.js';
import type { ClientRecord } from './stream-protocol.js';

const cpu = { target: null, postgres: null, machineBusy: null };
const client = (recvAt: number[], extra: Partial<ClientRecord> = {}): ClientRecord => ({
  recvAt: Float64Array.from(recvAt),
  duplicates: 0,
  seqGaps: 0,
  outOfOrder: 0,
  foreign: 0,
  disconnects: 0,
  ...extra,
});

describe('summarizeStream', () => {
  // Three reports sent 2 ms apart; the third POST failed, so nobody is expected to receive it.
  const log = {
    count: 3,
    intendedAt: Float64Array.from([1000, 1002, 1004]),
    sentAt: Float64Array.from([1000, 1002.5, 1004]),
    status: Int16Array.from([201, 201, 500]),
  };

  it('times each delivery from its POST and counts what an answered report never reached', () => {
    const s = summarizeStream(
      log,
      {
        clients: [client([1010, 1012.5, NaN]), client([1020, NaN, NaN], { duplicates: 2 })],
        cores: 0.5,
        loopDelayP99Ms: 3,
      },
      500,
      cpu,
    );
    expect(s).toMatchObject({
      sent: 3,
      acked: 2,
      failedPosts: 1,
      expected: 4,
      delivered: 3,
      missing: 1,
      clientsMissing: 1,
      duplicates: 2,
    });
    expect(s.latency).toMatchObject({ p50: 10, max: 20 });
    expect(s.achievedRate).toBe(500);
    expect(s.senderLagP99Ms).toBe(0.5);
  });
});
