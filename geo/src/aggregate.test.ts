import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  applyReportEvent,
  createAggregateState,
  matchesFilter,
  rollUp,
  stateRows,
  timeBucket,
  type AggregateOptions,
  type CountableReport,
} from './aggregate.js';
import { cellParent, lngLatToCell, type LngLat } from './h3-cells.js';

const CATEGORIES = ['trash', 'traffic', 'lighting'];
const STATUSES = ['new', 'received', 'in_progress', 'resolved'];
const T0 = Date.parse('2025-09-01T00:00:00Z');

function report(id: string, location: LngLat, over: Partial<CountableReport> = {}): CountableReport {
  const base = { id, category: 'trash', status: 'new', createdAt: '2025-10-01T00:00:00.000Z', location };
  return { ...base, h3Cell: lngLatToCell(location, 15), ...over };
}

const arbLocation = fc.tuple(
  fc.double({ min: 105.75, max: 105.95, noNaN: true }),
  fc.double({ min: 20.95, max: 21.1, noNaN: true }),
) as fc.Arbitrary<LngLat>;

const arbReport = (id: string) =>
  fc
    .record({
      location: arbLocation,
      category: fc.constantFrom(...CATEGORIES),
      status: fc.constantFrom(...STATUSES),
      minutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    })
    .map(({ location, category, status, minutes }) =>
      report(id, location, { category, status, createdAt: new Date(T0 + minutes * 60_000).toISOString() }),
    );

const arbReports = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbReport(`r${i}`))));

const arbOptions: fc.Arbitrary<AggregateOptions> = fc.record({
  res: fc.integer({ min: 5, max: 12 }),
  by: fc.subarray(['category', 'status', 'bucket'] as const),
  bucket: fc.constantFrom('hour', 'day', 'week') as fc.Arbitrary<'hour' | 'day' | 'week'>,
  filter: fc.option(fc.record({ status: fc.subarray(STATUSES) }), { nil: undefined }),
});

describe('timeBucket', () => {
  it('starts days at midnight in Hanoi (UTC+7), not UTC', () => {
    expect(timeBucket('2025-09-30T16:59:59.999Z', 'day')).toBe('2025-09-29T17:00:00.000Z');
    expect(timeBucket('2025-09-30T17:00:00Z', 'day')).toBe('2025-09-30T17:00:00.000Z');
  });

  it('starts ISO weeks on Monday 00:00 Hanoi time', () => {
    // Wednesday 1 Oct 2025 and Sunday 5 Oct 23:30 local are in the week of Monday 29 Sep.
    expect(timeBucket('2025-10-01T05:00:00Z', 'week')).toBe('2025-09-28T17:00:00.000Z');
    expect(timeBucket('2025-10-05T16:30:00Z', 'week')).toBe('2025-09-28T17:00:00.000Z');
    expect(timeBucket('2025-10-05T17:00:00Z', 'week')).toBe('2025-10-05T17:00:00.000Z');
  });

  it('truncates to the hour and reads any ISO offset', () => {
    expect(timeBucket('2025-10-01T03:45:10+07:00', 'hour')).toBe('2025-09-30T20:00:00.000Z');
  });
});

describe('matchesFilter', () => {
  const r = report('a', [105.85, 21.03], { createdAt: '2025-10-01T00:00:00.000Z', wardCode: '00070' });

  it('includes `from` and the bbox edges but excludes `to`, like the SQL', () => {
    expect(matchesFilter(r, { from: '2025-10-01T00:00:00Z' })).toBe(true);
    expect(matchesFilter(r, { to: '2025-10-01T00:00:00Z' })).toBe(false);
    expect(matchesFilter(r, { bbox: [105.85, 21.03, 105.9, 21.1] })).toBe(true);
    expect(matchesFilter(r, { bbox: [105.851, 21.0, 105.9, 21.1] })).toBe(false);
  });

  it('treats an empty list as no filter and a non-empty one as membership', () => {
    expect(matchesFilter(r, { category: [], status: [] })).toBe(true);
    expect(matchesFilter(r, { category: ['traffic'] })).toBe(false);
    expect(matchesFilter(r, { ward: ['00070', '00001'] })).toBe(true);
    expect(matchesFilter(r, { ward: ['00001'] })).toBe(false);
  });
});

describe('aggregate', () => {
  it('counts per parent of the stored res-15 cell, split by the requested dimensions', () => {
    const here: LngLat = [105.8542, 21.0285];
    const items = [
      report('a', here),
      report('b', here, { status: 'resolved' }),
      report('c', here, { category: 'traffic' }),
    ];
    const cell = cellParent(items[0]!.h3Cell, 8);
    expect(aggregate(items, { res: 8 })).toEqual([{ cell, count: 3 }]);
    expect(aggregate(items, { res: 8, by: ['category'] })).toEqual([
      { cell, category: 'traffic', count: 1 },
      { cell, category: 'trash', count: 2 },
    ]);
    expect(aggregate(items, { res: 8, by: ['status'], filter: { category: ['trash'] } })).toEqual([
      { cell, status: 'new', count: 1 },
      { cell, status: 'resolved', count: 1 },
    ]);
  });

  it('agrees with h3-js parents and keeps every matching report', () => {
    fc.assert(
      fc.property(arbReports, arbOptions, (items, opts) => {
        const rows = aggregate(items, opts);
        const kept = items.filter((r) => matchesFilter(r, opts.filter));
        expect(rows.reduce((s, r) => s + r.count, 0)).toBe(kept.length);
        const parents = new Set(kept.map((r) => cellParent(r.h3Cell, opts.res)));
        expect(new Set(rows.map((r) => r.cell))).toEqual(parents);
      }),
    );
  });
});

describe('rollUp', () => {
  it('equals aggregating at the coarser resolution directly', () => {
    fc.assert(
      fc.property(arbReports, arbOptions, fc.integer({ min: 0, max: 5 }), (items, opts, toRes) => {
        expect(rollUp(aggregate(items, opts), toRes)).toEqual(aggregate(items, { ...opts, res: toRes }));
      }),
    );
  });
});

type Event =
  { kind: 'create'; seed: CountableReport } | { kind: 'update'; pick: number; status: string; category: string };

const arbEvents: fc.Arbitrary<Event[]> = fc.array(
  fc.oneof(
    arbReport('x').map((seed) => ({ kind: 'create' as const, seed })),
    fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      status: fc.constantFrom(...STATUSES),
      category: fc.constantFrom(...CATEGORIES),
    }),
  ),
  { maxLength: 60 },
);

describe('applyReportEvent', () => {
  it('keeps live counts equal to a recount of the final reports, for any event sequence', () => {
    fc.assert(
      fc.property(arbEvents, arbOptions, (events, opts) => {
        const current = new Map<string, CountableReport>();
        let state = createAggregateState(opts);
        for (const e of events) {
          const ids = [...current.keys()];
          if (e.kind === 'create' || ids.length === 0) {
            const next =
              e.kind === 'create' ? { ...e.seed, id: `r${current.size}` } : report(`r${current.size}`, [105.85, 21.03]);
            state = applyReportEvent(state, null, next);
            current.set(next.id, next);
          } else {
            const prev = current.get(ids[e.pick % ids.length]!)!;
            const next = { ...prev, status: e.status, category: e.category };
            state = applyReportEvent(state, prev, next);
            current.set(next.id, next);
          }
        }
        expect(stateRows(state)).toEqual(aggregate(current.values(), opts));
      }),
    );
  });

  it('returns the same state when a change moves no count', () => {
    const r = report('a', [105.85, 21.03]);
    const state = applyReportEvent(createAggregateState({ res: 8, by: ['category'] }), null, r);
    expect(applyReportEvent(state, r, { ...r, status: 'resolved' })).toBe(state);
    expect(stateRows(applyReportEvent(state, r, { ...r, category: 'traffic' }))).toEqual([
      { cell: cellParent(r.h3Cell, 8), category: 'traffic', count: 1 },
    ]);
  });
});
