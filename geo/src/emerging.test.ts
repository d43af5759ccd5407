import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEmergingPattern, emergingHotspots, type WindowBin } from './emerging.js';
import { cellDisk, lngLatToCell } from './h3-cells.js';
import { hotspotsForCells } from './hotspots.js';
import { mannKendall } from './mann-kendall.js';

// A 127-cell res-9 disk around Hoàn Kiếm lake. Every cell has a background count of 10 plus a
// fixed ripple (0..3) that is never significant alone; a window's "level" is added to the centre
// cell and its six neighbours. With k = 1 the centre is a hot spot at 99 % from level 3 up, a cold
// spot from −3 down, not significant at 0, and its z grows strictly with |level|.
const centre = lngLatToCell([105.8542, 21.0285], 9);
const area = cellDisk(centre, 6);
const blob = new Set(cellDisk(centre, 1));
const farthest = area[area.length - 1]!;

function window(level: number): Map<string, number> {
  return new Map(area.map((cell, i) => [cell, (blob.has(cell) ? Math.max(0, 10 + level) : 10) + (i % 4)]));
}

function centreResult(levels: readonly number[], alpha?: number) {
  return emergingHotspots(levels.map(window), area, { k: 1, alpha })[0]!;
}

const H = 8; // a strong cluster of high counts; −H a strong hole of low ones
const hotCases: [string, number[]][] = [
  ['intensifying', [3, 4, 5, 6, 7, 8, 9, 10]],
  ['persistent', [H, H, H, H, H, H, H, H]],
  ['diminishing', [10, 9, 8, 7, 6, 5, 4, 3]],
  ['new', [0, 0, 0, 0, 0, 0, 0, H]],
  ['consecutive', [0, 0, 0, 0, 0, H, H, H]],
  ['sporadic', [0, H, 0, 0, H, 0, 0, H]],
  ['oscillating', [0, H, -H, 0, 0, H, 0, H]],
  ['historical', [H, H, H, H, H, H, H, H, H, 0]],
];

describe('emergingHotspots on synthetic H3 windows', () => {
  it('keeps the fixture honest: the centre is the study area’s first cell and 0 is quiet', () => {
    expect(area[0]).toBe(centre);
    expect(area).toHaveLength(127);
    expect(hotspotsForCells(window(0), area, { k: 1 }).every((c) => c.classification === 'not-significant')).toBe(true);
  });

  it.each(hotCases)('finds a %s hot spot at the centre', (name, levels) => {
    expect(centreResult(levels).pattern).toBe(`${name}-hot`);
  });

  it.each(hotCases)('finds a %s cold spot where the counts mirror it', (name, levels) => {
    expect(centreResult(levels.map((l) => -l)).pattern).toBe(`${name}-cold`);
  });

  it('reports the evidence: hot and cold windows, the z trend and the final z', () => {
    const levels = [0, H, -H, 0, 0, H, 0, H];
    const result = centreResult(levels);
    const slices = levels.map((l) => hotspotsForCells(window(l), area, { k: 1 })[0]!);
    expect(result).toMatchObject({ cell: centre, windowsHot: 3, windowsCold: 1, lastZ: slices[7]!.z });
    expect(result.trend).toEqual(
      mannKendall(
        slices.map((s) => s.z),
        { alpha: 0.1 },
      ),
    );
  });

  it('tests the trend of an intensifying spot as significantly upward', () => {
    const { trend } = centreResult([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(trend).toMatchObject({ s: 28, trend: 'up' });
    expect(trend.p).toBeLessThan(0.001);
  });

  it('finds no pattern far from the cluster, or when the cluster came and went', () => {
    const results = emergingHotspots([3, 4, 5, 6, 7, 8, 9, 10].map(window), area, { k: 1 });
    expect(results.find((r) => r.cell === farthest)!.pattern).toBe('no-pattern');
    expect(centreResult([0, 0, H, H, 0, 0, 0, 0]).pattern).toBe('no-pattern');
  });

  it('needs 90 % of windows for Historical: 8 of 9 hot is not enough', () => {
    expect(centreResult([H, H, H, H, H, H, H, H, 0]).pattern).toBe('no-pattern');
  });

  it('uses alpha for the per-window verdict (level 2 is hot at 95 % but not 99 %)', () => {
    expect(centreResult([0, 0, 2]).pattern).toBe('new-hot');
    expect(centreResult([0, 0, 2], 0.01).pattern).toBe('no-pattern');
  });
});

describe('emergingHotspots edge cases', () => {
  it('gives every cell no pattern, zero counts and lastZ 0 for zero windows', () => {
    const results = emergingHotspots([], area, { k: 1 });
    expect(results).toHaveLength(127);
    for (const r of results) {
      expect(r).toMatchObject({ pattern: 'no-pattern', windowsHot: 0, windowsCold: 0, lastZ: 0 });
      expect(r.trend).toEqual({ s: 0, varS: 0, z: 0, p: 1, trend: 'none' });
    }
  });

  it('calls a hot cell of a single window new, with no trend', () => {
    const result = centreResult([H]);
    expect(result).toMatchObject({ pattern: 'new-hot', windowsHot: 1, trend: { z: 0, p: 1, trend: 'none' } });
    expect(centreResult([0]).pattern).toBe('no-pattern');
  });

  it('returns [] for an empty study area and collapses duplicate cells', () => {
    expect(emergingHotspots([window(H)], [], { k: 1 })).toEqual([]);
    expect(emergingHotspots([window(H)], [centre, centre], { k: 1 })).toHaveLength(1);
  });

  it('rejects an alpha outside (0, 1)', () => {
    expect(() => emergingHotspots([], area, { alpha: 0 })).toThrow(RangeError);
    expect(() => emergingHotspots([], area, { alpha: 1.5 })).toThrow(RangeError);
  });
});

describe('classifyEmergingPattern precedence', () => {
  const hot10: WindowBin[] = Array<WindowBin>(10).fill('hot');

  it('lets the final window decide the side: hot in 9 of 10 then cold is a new cold spot', () => {
    expect(classifyEmergingPattern([...hot10.slice(1), 'cold'], 'down')).toBe('new-cold');
  });

  it('prefers Consecutive over Oscillating when every hot window is in the final run', () => {
    expect(classifyEmergingPattern(['cold', 'none', 'hot', 'hot'], 'none')).toBe('consecutive-hot');
    expect(classifyEmergingPattern(['hot', 'cold', 'hot', 'hot'], 'none')).toBe('oscillating-hot');
  });

  it('reads a falling z as intensifying for a cold spot and diminishing for a hot one', () => {
    expect(classifyEmergingPattern(Array<WindowBin>(10).fill('cold'), 'down')).toBe('intensifying-cold');
    expect(classifyEmergingPattern(hot10, 'down')).toBe('diminishing-hot');
  });

  it('counts 90 % exactly: 9 of 10 hot including the final one is persistent', () => {
    expect(classifyEmergingPattern(['none', ...hot10.slice(1)], 'none')).toBe('persistent-hot');
  });

  it('always names a pattern on the final window’s side, or a historical one', () => {
    const bins = fc.array(fc.constantFrom<WindowBin>('hot', 'cold', 'none'), { maxLength: 20 });
    const trend = fc.constantFrom('up' as const, 'down' as const, 'none' as const);
    fc.assert(
      fc.property(bins, trend, (b, t) => {
        const pattern = classifyEmergingPattern(b, t);
        const final = b[b.length - 1] ?? 'none';
        if (final === 'none') expect(pattern).toMatch(/^(historical-(hot|cold)|no-pattern)$/);
        else expect(pattern.endsWith(`-${final}`) && !pattern.startsWith('historical')).toBe(true);
      }),
    );
  });
});
