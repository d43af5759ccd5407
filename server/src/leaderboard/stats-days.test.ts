import { describe, expect, it } from 'vitest';
import { midnightOf, missingRuns, spansOfRuns, splitPeriod } from './stats-days.js';
import { localDateOf, localDayOf } from './trend.js';

const hn = (local: string) => new Date(`${local}:00+07:00`);
const day = (local: string) => localDayOf(hn(`${local}T12:00`));
const NOW = hn('2025-06-20T10:00');
const iso = (spans: { lo: Date; hi: Date }[]) => spans.map((s) => [s.lo.toISOString(), s.hi.toISOString()]);

describe('splitPeriod', () => {
  it('starts a Hà Nội day at 17:00 UTC the day before', () => {
    expect(midnightOf(day('2025-06-10')).toISOString()).toBe('2025-06-09T17:00:00.000Z');
  });

  it('keeps the whole days for the rollup and counts the partial edge days live', () => {
    const { firstDay, endDay, live } = splitPeriod(hn('2025-06-01T10:00'), hn('2025-06-04T10:00'), NOW);
    expect([localDateOf(firstDay), localDateOf(endDay)]).toEqual(['2025-06-02', '2025-06-04']);
    expect(iso(live)).toEqual([
      ['2025-06-01T03:00:00.000Z', '2025-06-01T17:00:00.000Z'],
      ['2025-06-03T17:00:00.000Z', '2025-06-04T03:00:00.000Z'],
    ]);
  });

  it('needs no live edge when the period starts and ends at Hà Nội midnights', () => {
    const { firstDay, endDay, live } = splitPeriod(hn('2025-06-01T00:00'), hn('2025-06-08T00:00'), NOW);
    expect([localDateOf(firstDay), localDateOf(endDay), live]).toEqual(['2025-06-01', '2025-06-08', []]);
  });

  it('treats a millisecond past midnight as a partial day', () => {
    const from = new Date(hn('2025-06-01T00:00').getTime() + 1);
    const { firstDay, live } = splitPeriod(from, hn('2025-06-08T00:00'), NOW);
    expect(localDateOf(firstDay)).toBe('2025-06-02');
    expect(iso(live)).toEqual([['2025-05-31T17:00:00.001Z', '2025-06-01T17:00:00.000Z']]);
  });

  it('counts today and anything after it live: it is not finished', () => {
    const { firstDay, endDay, live } = splitPeriod(hn('2025-06-18T00:00'), hn('2025-06-25T00:00'), NOW);
    expect([localDateOf(firstDay), localDateOf(endDay)]).toEqual(['2025-06-18', '2025-06-20']);
    expect(iso(live)).toEqual([['2025-06-19T17:00:00.000Z', '2025-06-24T17:00:00.000Z']]);
  });

  it('counts a period without a whole finished day live, in one piece', () => {
    const inOneDay = splitPeriod(hn('2025-06-15T08:00'), hn('2025-06-15T20:00'), NOW);
    expect([inOneDay.firstDay >= inOneDay.endDay, iso(inOneDay.live)]).toEqual([
      true,
      [['2025-06-15T01:00:00.000Z', '2025-06-15T13:00:00.000Z']],
    ]);
    const today = splitPeriod(hn('2025-06-19T12:00'), hn('2025-06-21T12:00'), NOW);
    expect(iso(today.live)).toEqual([['2025-06-19T05:00:00.000Z', '2025-06-21T05:00:00.000Z']]);
  });
});

describe('missingRuns', () => {
  it('lists the days not rolled up, newest first, as runs of consecutive days', () => {
    expect(missingRuns(10, 15, new Set([12]))).toEqual([
      [13, 15],
      [10, 12],
    ]);
    expect(missingRuns(10, 15, new Set([10, 11, 12, 13, 14]))).toEqual([]);
    expect(missingRuns(10, 10, new Set())).toEqual([]);
  });

  it('turns runs into the spans of their whole days', () => {
    expect(iso(spansOfRuns([[day('2025-06-02'), day('2025-06-04')]]))).toEqual([
      ['2025-06-01T17:00:00.000Z', '2025-06-03T17:00:00.000Z'],
    ]);
  });
});
