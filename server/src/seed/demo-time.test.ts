import { describe, expect, it } from 'vitest';
import { createRandom } from './demo-random.js';
import { DAY_MS, HOUR_MS, localHour, timeSlots } from './demo-time.js';

const nowMs = Date.parse('2025-09-15T10:23:45Z');

describe('timeSlots', () => {
  it('shares out exactly the count asked for, whatever the count', () => {
    for (const count of [0, 1, 7, 999, 12_345]) {
      const slots = [...timeSlots(createRandom(1), count, nowMs, 30)];
      expect(slots.reduce((n, s) => n + s.count, 0)).toBe(count);
    }
  });

  it('streams hours in order, within [now − days, now), none empty', () => {
    const slots = [...timeSlots(createRandom(2), 5_000, nowMs, 3)];
    expect(slots[0]!.startMs).toBeGreaterThanOrEqual(nowMs - 3 * DAY_MS);
    for (const [i, s] of slots.entries()) {
      expect(s.count).toBeGreaterThan(0);
      expect(s.endMs).toBeLessThanOrEqual(nowMs);
      expect(s.endMs - s.startMs).toBeLessThanOrEqual(HOUR_MS);
      if (i > 0) expect(s.startMs).toBeGreaterThan(slots[i - 1]!.startMs);
    }
  });
});

describe('localHour', () => {
  it('is the hour in Hanoi, UTC+7', () => {
    expect(localHour(Date.parse('2025-07-01T01:30:00Z'))).toBe(8);
    expect(localHour(Date.parse('2025-07-01T17:00:00Z'))).toBe(0);
  });
});
