import { describe, expect, it } from 'vitest';
import { compareRuns, HANOI_BBOX, median, perSecond, randomPoints, seededRandom, timing } from './micro.js';

describe('seeded inputs', () => {
  it('repeats the same sequence for a seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('puts every point inside the bbox, as lng, lat pairs', () => {
    const xy = randomPoints(1000, HANOI_BBOX, 1);
    const [w, s, e, n] = HANOI_BBOX;
    expect(xy).toHaveLength(2000);
    for (let i = 0; i < xy.length; i += 2) {
      expect(xy[i]).toBeGreaterThanOrEqual(w);
      expect(xy[i]).toBeLessThan(e);
      expect(xy[i + 1]).toBeGreaterThanOrEqual(s);
      expect(xy[i + 1]).toBeLessThan(n);
    }
    expect(randomPoints(10, HANOI_BBOX, 1)).toEqual(xy.slice(0, 20));
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, without reordering the input', () => {
    const runs = [30, 10, 20];
    expect(median(runs)).toBe(20);
    expect(runs).toEqual([30, 10, 20]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('timing', () => {
  it('turns the median run into a rate', () => {
    expect(timing([250, 500, 1000], 1000)).toEqual({ medianMs: 500, perSec: 2000, runsMs: [250, 500, 1000] });
    expect(perSecond(10, 0)).toBeNaN();
  });

  it('warms both sides up once, then runs them alternately', () => {
    const calls: string[] = [];
    const t = compareRuns(
      () => (calls.push('ours'), 1),
      () => (calls.push('base'), 1),
      2,
      100,
    );
    expect(calls).toEqual(['ours', 'base', 'base', 'ours', 'base', 'ours']);
    expect(t.ours.runsMs).toHaveLength(2);
    expect(t.baseline.runsMs).toHaveLength(2);
  });
});
