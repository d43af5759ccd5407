import type { LngLat } from '../server/src/contracts/common.js';

/** What a bench report body is made of: locations known to be inside a ward, and real category codes. */
export interface BodyFixtures {
  locations: LngLat[];
  categories: string[];
}

const TEXTS = ['Rác thải đổ trộm ven đường', 'Đèn đường không sáng', 'Ổ gà giữa làn xe máy', 'Nước ngập sau mưa'];

/**
 * A report's unique token, e.g. `[bench k3f9 i42]`: run tag, phase prefix and index. Clients and
 * the database check find reports by it.
 */
export const tokenOf = (tag: string, prefix: string, i: number) => `[bench ${tag} ${prefix}${i}]`;

/** The index in a token of this run and phase inside `text`, or -1. */
export function indexIn(text: string, tag: string, prefix: string): number {
  const head = `[bench ${tag} ${prefix}`;
  const at = text.indexOf(head);
  if (at < 0) return -1;
  const end = text.indexOf(']', at + head.length);
  const digits = end < 0 ? '' : text.slice(at + head.length, end);
  return /^\d+$/.test(digits) ? Number(digits) : -1;
}

/** The JSON body of report `i`: location, category and text vary with `i`, deterministically. */
export function reportBody(f: BodyFixtures, tag: string, prefix: string, i: number): string {
  const location = f.locations[(i * 7919) % f.locations.length];
  const category = f.categories[i % f.categories.length];
  const description = `${TEXTS[i % TEXTS.length]} ${tokenOf(tag, prefix, i)}`;
  return JSON.stringify({ category, description, location });
}

/** Pseudo-random points in a square of ±`spread` degrees around `center`, reproducible from `seed`. */
export function candidatePoints(center: LngLat, spread: number, count: number, seed = 1): LngLat[] {
  let s = seed >>> 0 || 1;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  return Array.from({ length: count }, () => [
    round6(center[0] + next() * spread),
    round6(center[1] + next() * spread),
  ]);
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
