import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Wards } from '../api/types.js';
import { wardOutlinesAt } from './ward-outline.js';

// The real 126 wards (seeds/, MIT): a triangle would have nothing to simplify.
const wards = JSON.parse(
  readFileSync(new URL('../../../seeds/hanoi-wards-2025.geojson', import.meta.url), 'utf8'),
) as Wards;

function vertices(fc: Wards): number {
  let n = 0;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') n++;
    else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of fc.features) walk(f.geometry.coordinates);
  return n;
}

describe('wardOutlinesAt', () => {
  it('draws far fewer vertices at city zoom, the served geometry up close, and builds each copy once', () => {
    const city = wardOutlinesAt(wards, 11);
    expect(vertices(city)).toBeLessThan(vertices(wards) / 4);
    expect(wardOutlinesAt(wards, 11.7)).toBe(city);
    const street = wardOutlinesAt(wards, 13);
    expect(vertices(street)).toBeGreaterThan(vertices(city));
    expect(wardOutlinesAt(wards, 16)).toBe(wards);
    expect(city.features.map((f) => f.properties)).toEqual(wards.features.map((f) => f.properties));
  });
});
