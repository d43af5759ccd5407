import { describe, expect, it } from 'vitest';
import { candidatePool, hanoiTimeOfDay } from './dispatch.service.js';

describe('hanoiTimeOfDay', () => {
  it('is UTC+7 all year, wrapping past midnight', () => {
    expect(hanoiTimeOfDay(new Date('2025-07-01T01:30:00Z'))).toBe('08:30:00');
    expect(hanoiTimeOfDay(new Date('2025-01-15T18:45:10Z'))).toBe('01:45:10');
  });
});

describe('candidatePool', () => {
  it('weighs more teams than it returns, within bounds', () => {
    expect(candidatePool(1)).toBe(25);
    expect(candidatePool(5)).toBe(25);
    expect(candidatePool(10)).toBe(50);
    expect(candidatePool(20)).toBe(100);
  });
});
