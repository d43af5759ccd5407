import type { LngLat } from '../contracts/common.js';
import type { ReportPriority, ReportStatus } from '../contracts/report.js';
import type { DeadlineRules } from '../deadlines/deadlines.service.js';
import { demoHandling } from './demo-deadlines.js';
import { priorityFor, statusForAge, updatedAtFor } from './demo-lifecycle.js';
import {
  BACKGROUND_SHARE,
  CATEGORY_MIX,
  CITY_STREETS,
  DEMO_CATEGORIES,
  PLACES,
  URBAN_BOXES,
  type DemoCategory,
  type Place,
  type PlaceKind,
} from './demo-places.js';
import { createRandom, type Random } from './demo-random.js';
import { describeReport } from './demo-text.js';
import { timeSlots, type TimeSlot, type Weather } from './demo-time.js';

/** One generated report: the public fields a citizen and the ward's handling would give it. */
export interface DemoReport {
  category: DemoCategory;
  description: string;
  location: LngLat;
  status: ReportStatus;
  priority: ReportPriority;
  createdAt: Date;
  updatedAt: Date;
  /** The deadline and 80 % warning under the seeded rules (null without rules or policy). */
  dueAt: Date | null;
  warnAt: Date | null;
  resolvedAt: Date | null;
}

export interface DemoOptions {
  count: number;
  /** End of the window; reports are created in [now − days, now). */
  now: Date;
  days?: number;
  seed?: number;
  /** SLA policies and calendar to give each report its deadline; none: no deadlines. */
  rules?: DeadlineRules;
}

export const DEFAULT_DAYS = 90;
export const DEFAULT_SEED = 42;
const METERS_PER_DEGREE = 111_320;
const BACKGROUND = { name: 'khu dân cư', streets: CITY_STREETS };

/**
 * Realistic demo reports for Hanoi, oldest first, as a stream (constant memory for any count).
 * Pure and deterministic: the same options give the same reports.
 * @example [...demoReports({ count: 3, now: new Date('2025-07-01T00:00:00Z') })].length // 3
 */
export function* demoReports(opts: DemoOptions): Generator<DemoReport> {
  const random = createRandom(opts.seed ?? DEFAULT_SEED);
  // Deadlines draw from their own stream, so the reports themselves are the same with or without rules.
  const clockRandom = createRandom((opts.seed ?? DEFAULT_SEED) + 1);
  const nowMs = opts.now.getTime();
  for (const slot of timeSlots(random, opts.count, nowMs, opts.days ?? DEFAULT_DAYS)) {
    for (const createdMs of instantsIn(random, slot)) {
      const r = demoReport(random, slot.weather, createdMs, nowMs);
      yield opts.rules ? { ...r, ...demoHandling(clockRandom, r, opts.rules, nowMs) } : r;
    }
  }
}

/** {@link demoReports} collected into an array. */
export function generateDemoReports(opts: DemoOptions): DemoReport[] {
  return [...demoReports(opts)];
}

function instantsIn(random: Random, slot: TimeSlot): number[] {
  const span = slot.endMs - slot.startMs;
  return Array.from({ length: slot.count }, () => slot.startMs + Math.floor(random.next() * span)).sort(
    (a, b) => a - b,
  );
}

function demoReport(random: Random, weather: Weather, createdMs: number, nowMs: number): DemoReport {
  const where = random.next() < BACKGROUND_SHARE ? null : PLACES[random.weighted(PLACE_WEIGHTS)]!;
  const category = DEMO_CATEGORIES[random.weighted(categoryWeights(where?.kind ?? 'background', weather))]!;
  const location = where ? pointNear(random, where) : pointInUrbanArea(random);
  const { name, streets } = where ?? BACKGROUND;
  const status = statusForAge(random, nowMs - createdMs);
  return {
    category,
    description: describeReport(random, category, name, streets),
    location,
    status,
    priority: priorityFor(random, category, weather),
    createdAt: new Date(createdMs),
    updatedAt: new Date(updatedAtFor(random, status, createdMs, nowMs)),
    dueAt: null,
    warnAt: null,
    resolvedAt: null,
  };
}

const PLACE_WEIGHTS = PLACES.map((p) => p.weight);
const CATEGORY_WEIGHTS = new Map<string, number[]>();

// Flooding follows the rain: it surges on rain days (most in low-lying areas), fades in the dry season.
function categoryWeights(kind: PlaceKind | 'background', weather: Weather): number[] {
  const key = `${kind}:${weather}`;
  let weights = CATEGORY_WEIGHTS.get(key);
  if (!weights) {
    const flood = weather === 'rain' ? (kind === 'low_area' ? 5 : 2) : weather === 'wet_season' ? 0.6 : 0.15;
    weights = DEMO_CATEGORIES.map((c) => (CATEGORY_MIX[kind][c] ?? 1) * (c === 'flooding' ? flood : 1));
    CATEGORY_WEIGHTS.set(key, weights);
  }
  return weights;
}

function pointNear(random: Random, place: Place): LngLat {
  const [lng, lat] = place.center;
  const north = random.normal() * place.sigmaMeters;
  const east = random.normal() * place.sigmaMeters;
  const dLat = north / METERS_PER_DEGREE;
  const dLng = east / (METERS_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return [round6(lng + dLng), round6(lat + dLat)];
}

function pointInUrbanArea(random: Random): LngLat {
  const areas = URBAN_BOXES.map(([w, s, e, n]) => (e - w) * (n - s));
  const [w, s, e, n] = URBAN_BOXES[random.weighted(areas)]!;
  return [round6(w + random.next() * (e - w)), round6(s + random.next() * (n - s))];
}

// Six decimals is about 10 cm: finer than any phone's GPS, and it keeps payloads short.
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
