import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodeTile, tileRing } from './mvt-encode.js';

const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes));

describe('encodeTile', () => {
  it('round-trips points, polygons and typed properties through @mapbox/vector-tile', () => {
    const ring = tileRing([
      [10, 10],
      [10, 50],
      [60, 50],
      [60, 10],
    ])!;
    const tile = decode(
      encodeTile([
        {
          name: 'a',
          extent: 4096,
          features: [{ type: 'point', geometry: [[7, 4090]], properties: { s: 'x', n: 3, d: 1.5, m: -2 } }],
        },
        { name: 'b', extent: 4096, features: [{ type: 'polygon', geometry: ring, properties: { s: 'x' } }] },
        { name: 'empty', extent: 4096, features: [] },
      ]),
    );
    expect(Object.keys(tile.layers)).toEqual(['a', 'b']);
    const p = tile.layers.a!.feature(0);
    expect([p.type, p.properties, p.loadGeometry()[0]!.map((q) => [q.x, q.y])]).toEqual([
      1,
      { s: 'x', n: 3, d: 1.5, m: -2 },
      [[7, 4090]],
    ]);
    const g = tile.layers.b!.feature(0).toGeoJSON(0, 0, 0).geometry;
    expect(g.type).toBe('Polygon'); // one exterior ring, not a hole
  });
});

describe('tileRing', () => {
  it('keeps a clockwise ring (positive area, y down) and drops repeated and closing points', () => {
    expect(
      tileRing([
        [0, 0],
        [10, 0],
        [10, 0],
        [10, 10],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });

  it('reverses a counter-clockwise ring', () => {
    expect(
      tileRing([
        [0, 0],
        [0, 10],
        [10, 10],
      ]),
    ).toEqual([
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
  });

  it('returns null for a ring snapped to a line or a point', () => {
    expect(
      tileRing([
        [5, 5],
        [5, 5],
        [5, 5],
      ]),
    ).toBeNull();
    expect(
      tileRing([
        [0, 0],
        [5, 5],
        [10, 10],
      ]),
    ).toBeNull();
  });
});
