import { describe, expect, it } from 'vitest';
import { candidatePoints, indexIn, reportBody, tokenOf } from './bodies.js';

describe('report tokens', () => {
  it('finds the index of its own run and phase only', () => {
    const text = `Đèn đường không sáng ${tokenOf('ab12', 'i', 42)}`;
    expect(indexIn(text, 'ab12', 'i')).toBe(42);
    expect(indexIn(text, 'ab12', 'w')).toBe(-1);
    expect(indexIn(text, 'zz99', 'i')).toBe(-1);
    expect(indexIn('[bench ab12 i4x]', 'ab12', 'i')).toBe(-1);
  });

  it('builds a valid report body that carries the token and varies with the index', () => {
    const f = { categories: ['trash', 'traffic'], locations: candidatePoints([105.8542, 21.0285], 0.02, 8) };
    const a = JSON.parse(reportBody(f, 't', 'i', 0));
    const b = JSON.parse(reportBody(f, 't', 'i', 1));
    expect(indexIn(a.description, 't', 'i')).toBe(0);
    expect(a.category).not.toBe(b.category);
    expect(a.location).toHaveLength(2);
  });
});

describe('candidatePoints', () => {
  it('stays inside the square and is reproducible', () => {
    const pts = candidatePoints([105.85, 21.03], 0.02, 100, 7);
    expect(pts).toEqual(candidatePoints([105.85, 21.03], 0.02, 100, 7));
    for (const [lng, lat] of pts) {
      expect(Math.abs(lng - 105.85)).toBeLessThanOrEqual(0.02 + 1e-9);
      expect(Math.abs(lat - 21.03)).toBeLessThanOrEqual(0.02 + 1e-9);
    }
  });
});
