import { describe, expect, it } from 'vitest';
import { timelineSteps } from './timeline.js';

describe('timelineSteps', () => {
  it('orders by seq, folds updates that kept the status and marks the last step current', () => {
    const steps = timelineSteps([
      { seq: 9, kind: 'report:updated', status: 'in_progress', at: '2025-07-02T03:00:00.000Z', detail: null },
      { seq: 3, kind: 'report:created', status: 'new', at: '2025-07-01T01:00:00.000Z', detail: null },
      { seq: 5, kind: 'report:updated', status: 'new', at: '2025-07-01T02:00:00.000Z', detail: null },
      { seq: 7, kind: 'report:updated', status: 'received', at: '2025-07-01T05:00:00.000Z', detail: null },
    ]);
    expect(steps).toEqual([
      { status: 'new', at: '2025-07-01T01:00:00.000Z', current: false },
      { status: 'received', at: '2025-07-01T05:00:00.000Z', current: false },
      { status: 'in_progress', at: '2025-07-02T03:00:00.000Z', current: true },
    ]);
  });

  it('makes a rating a step of its own, named by its verdict', () => {
    const steps = timelineSteps([
      { seq: 1, kind: 'report:created', status: 'new', at: '2025-07-01T01:00:00.000Z', detail: null },
      { seq: 2, kind: 'report:resolved', status: 'resolved', at: '2025-07-01T02:00:00.000Z', detail: { note: 'ok' } },
      {
        seq: 3,
        kind: 'report:rated',
        status: 'resolved',
        at: '2025-07-01T03:00:00.000Z',
        detail: { rating: 'not_satisfied', notFixed: true },
      },
      { seq: 4, kind: 'report:reopened', status: 'reopened', at: '2025-07-01T03:00:00.000Z', detail: null },
    ]);
    expect(steps.map((s) => [s.status, s.rating ?? null, s.current])).toEqual([
      ['new', null, false],
      ['resolved', null, false],
      ['resolved', { rating: 'not_satisfied', notFixed: true }, false],
      ['reopened', null, true],
    ]);
  });

  it('ignores a rating entry without a known verdict', () => {
    const steps = timelineSteps([
      { seq: 1, kind: 'report:resolved', status: 'resolved', at: '2025-07-01T02:00:00.000Z', detail: null },
      { seq: 2, kind: 'report:rated', status: 'resolved', at: '2025-07-01T03:00:00.000Z', detail: { rating: 'meh' } },
    ]);
    expect(steps).toEqual([{ status: 'resolved', at: '2025-07-01T02:00:00.000Z', current: true }]);
  });

  it('gives nothing for an empty timeline', () => {
    expect(timelineSteps([])).toEqual([]);
  });
});
