import type { Random } from './demo-random.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const HANOI_OFFSET_MS = 7 * HOUR_MS; // Asia/Ho_Chi_Minh is UTC+7 all year, no daylight saving

/**
 * Relative report rate per local hour, 0 h to 23 h: quiet at night, a morning peak on the way
 * to work and a larger one in the late afternoon.
 */
export const HOURLY_RHYTHM: readonly number[] = [
  0.15, 0.1, 0.07, 0.06, 0.1, 0.35, 0.9, 1.6, 1.9, 1.5, 1.2, 1.0, 0.8, 0.8, 1.0, 1.3, 1.7, 1.9, 1.5, 1.1, 0.8, 0.6, 0.4,
  0.25,
];

/** The weather of a slot, which drives flooding reports: 'rain' is a rainy-season downpour. */
export type Weather = 'rain' | 'wet_season' | 'dry_season';

/** One hour of the window with the exact number of reports created in it. */
export interface TimeSlot {
  startMs: number;
  endMs: number;
  count: number;
  weather: Weather;
}

/** Hour of the day in Hanoi. @example localHour(Date.UTC(2025, 6, 1, 1)) // 8 */
export function localHour(ms: number): number {
  return Math.floor((ms + HANOI_OFFSET_MS) / HOUR_MS) % 24;
}

function localDay(ms: number): number {
  return Math.floor((ms + HANOI_OFFSET_MS) / DAY_MS);
}

interface Day {
  factor: number;
  weather: Weather;
}

// Hanoi's rainy season runs from May to October, with a downpour that floods streets on about a
// third of its days; the dry season's drizzle floods nothing.
function dayOf(random: Random, day: number): Day {
  const local = new Date(day * DAY_MS);
  const month = local.getUTCMonth() + 1;
  const wet = month >= 5 && month <= 10;
  const rain = random.next() < (wet ? 0.35 : 0);
  const weekday = local.getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.8 : 1;
  const factor = weekend * (0.85 + 0.3 * random.next()) * (rain ? 1.15 : 1);
  return { factor, weather: rain ? 'rain' : wet ? 'wet_season' : 'dry_season' };
}

/**
 * Splits [now − days, now) into hours and gives each its share of `count` — daily rhythm,
 * weekends and rain days included — by cumulative rounding, so the shares add up to exactly
 * `count` while the hours stream out in time order.
 */
export function* timeSlots(random: Random, count: number, nowMs: number, days: number): Generator<TimeSlot> {
  const startMs = nowMs - days * DAY_MS;
  const firstDay = localDay(startMs);
  const dayList = Array.from({ length: localDay(nowMs) - firstDay + 1 }, (_, i) => dayOf(random, firstDay + i));
  const dayAt = (ms: number) => dayList[localDay(Math.min(ms, nowMs - 1)) - firstDay]!;
  const weights = Array.from({ length: Math.ceil((nowMs - startMs) / HOUR_MS) }, (_, i) => {
    const mid = startMs + (i + 0.5) * HOUR_MS;
    return HOURLY_RHYTHM[localHour(Math.min(mid, nowMs - 1))]! * dayAt(mid).factor;
  });
  let assigned = 0;
  for (const [i, upTo] of cumulativeCounts(weights, count).entries()) {
    const slotStart = startMs + i * HOUR_MS;
    const slot = { startMs: slotStart, endMs: Math.min(slotStart + HOUR_MS, nowMs), count: upTo - assigned };
    if (slot.count > 0) yield { ...slot, weather: dayAt(slotStart).weather };
    assigned = upTo;
  }
}

/** For each weight, how many of `count` fall up to and including it: non-decreasing, ending at `count`. */
function cumulativeCounts(weights: number[], count: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  return weights.map((w, i) => {
    cumulative += w;
    return i === weights.length - 1 ? count : Math.round((count * cumulative) / total);
  });
}
