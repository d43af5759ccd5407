import { describe, expect, it } from 'vitest';
import { tokenOf } from './bodies.js';
import { checkStored } from './intake-check.js';

const stored = (...ids: number[]) => ids.map((i) => `Rác ${tokenOf('t', 'i', i)}`);
const answered = (ids: number[], inFlightAtStop = 2) => ({ acked: new Map(ids.map((i) => [i, 1])), inFlightAtStop });

describe('checkStored', () => {
  it('accepts rows = 2xx plus a few that were in flight when autocannon hung up', () => {
    const k = checkStored(stored(0, 1, 2, 3), answered([0, 1, 2]), 't', 'i');
    expect(k).toMatchObject({ rows: 4, acked: 3, lost: 0, unacknowledgedRows: 1, duplicateRows: 0, ok: true });
  });

  it('flags an answered report that is not stored', () => {
    expect(checkStored(stored(0, 1), answered([0, 1, 2]), 't', 'i')).toMatchObject({ lost: 1, ok: false });
  });

  it('flags a report stored twice, and more unanswered rows than requests in flight', () => {
    expect(checkStored(stored(0, 0, 1), answered([0, 1]), 't', 'i')).toMatchObject({ duplicateRows: 1, ok: false });
    expect(checkStored(stored(0, 1, 2, 3), answered([0], 2), 't', 'i')).toMatchObject({
      unacknowledgedRows: 3,
      ok: false,
    });
  });
});
