import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, erfc, normalTwoSidedP } from './stats.js';

const closeRel = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

describe('erfc and normalTwoSidedP', () => {
  it('match tabulated erfc values on both sides of the series/continued-fraction switch', () => {
    const table: [number, number][] = [
      [0, 1],
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028513],
      [2.5, 4.06952017444959e-4],
      [3, 2.209049699858544e-5],
      [5, 1.5374597944280349e-12],
    ];
    for (const [x, expected] of table) closeRel(erfc(x), expected, 1e-13);
    closeRel(erfc(-1), 2 - 0.15729920705028513, 1e-15);
  });

  it('gives the familiar 90/95/99 % critical values', () => {
    closeRel(normalTwoSidedP(1.6448536269514722), 0.1, 1e-13);
    closeRel(normalTwoSidedP(-1.959963984540054), 0.05, 1e-13);
    closeRel(normalTwoSidedP(2.5758293035489004), 0.01, 1e-13);
    closeRel(normalTwoSidedP(8), 1.244192114854357e-15, 1e-12);
  });

  it('maps z = 0 and NaN to 1 and infinite z to 0', () => {
    expect(normalTwoSidedP(0)).toBe(1);
    expect(normalTwoSidedP(Number.NaN)).toBe(1);
    expect(normalTwoSidedP(-Infinity)).toBe(0);
  });
});

describe('benjaminiHochberg', () => {
  it("matches R's p.adjust(method = 'BH') on a small example, keeping the input order", () => {
    expect([...benjaminiHochberg([0.01, 0.04, 0.03, 0.005])].map((q) => +q.toFixed(12))).toEqual([
      0.02, 0.04, 0.04, 0.02,
    ]);
  });

  it('returns an empty array for no p-values', () => {
    expect(benjaminiHochberg([]).length).toBe(0);
  });

  it('is monotone in p, never below p and never above 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (p) => {
        const q = benjaminiHochberg(p);
        for (let i = 0; i < p.length; i++) {
          expect(q[i]!).toBeGreaterThanOrEqual(p[i]!);
          expect(q[i]!).toBeLessThanOrEqual(1);
          for (let j = 0; j < p.length; j++) if (p[i]! <= p[j]!) expect(q[i]!).toBeLessThanOrEqual(q[j]!);
        }
      }),
    );
  });
});
