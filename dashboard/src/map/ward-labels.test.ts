import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelAnchor } from './ward-labels.js';

const labelPosition = (g: Parameters<typeof labelAnchor>[0]) => labelAnchor(g).position;

describe('labelAnchor', () => {
  it('is the centroid of a square whichever way its ring turns', () => {
    const ring = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(labelPosition({ type: 'Polygon', coordinates: [ring] })).toEqual([1, 1]);
    expect(labelPosition({ type: 'Polygon', coordinates: [[...ring].reverse()] })).toEqual([1, 1]);
  });

  it('follows the largest part of a multipolygon', () => {
    const small = [
      [
        [10, 10],
        [10.1, 10],
        [10.1, 10.1],
        [10, 10],
      ],
    ];
    const big = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    expect(labelAnchor({ type: 'MultiPolygon', coordinates: [small, big] })).toEqual({
      position: [2, 2],
      priority: 16,
    });
  });

  it('puts the Hoàn Kiếm label near the lake', () => {
    const url = new URL('../../../seeds/hanoi-wards-2025.geojson', import.meta.url);
    const wards = JSON.parse(readFileSync(url, 'utf8')) as FeatureCollection<MultiPolygon, { code: string }>;
    const hoanKiem = wards.features.find((f) => f.properties.code === '00070')!;
    const [lng, lat] = labelPosition(hoanKiem.geometry);
    expect(Math.abs(lng - 105.852)).toBeLessThan(0.01);
    expect(Math.abs(lat - 21.028)).toBeLessThan(0.01);
  });
});
