import type { EmergingCell } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { emergingRequestFor, liveMarks } from './emerging-marks.js';
import { initialFilters } from './filters.js';

const cell = (pattern: EmergingCell['pattern'], lastZ = 2): EmergingCell => ({
  cell: '88415cb5dbfffff',
  pattern,
  windowsHot: 3,
  windowsCold: 0,
  trendZ: 1,
  trendP: 0.1,
  lastZ,
});

describe('emerging marks on the live map', () => {
  it('keeps what is new, intensifying or persistent, strongest first', () => {
    const marks = liveMarks([
      cell('persistent-hot'),
      cell('diminishing-hot'),
      cell('new-hot', 1),
      cell('intensifying-cold'),
      cell('new-hot', 3),
      cell('no-pattern'),
    ]);
    expect(marks.map((m) => [m.pattern, m.lastZ])).toEqual([
      ['new-hot', 3],
      ['new-hot', 1],
      ['persistent-hot', 2],
    ]);
  });

  it('asks for eight weeks under the category filter only', () => {
    expect(emergingRequestFor(initialFilters)).toEqual({ res: 8, k: 1, windows: 8, window: 'week' });
    expect(emergingRequestFor({ ...initialFilters, categories: ['trash'], period: '24h' })).toEqual({
      res: 8,
      k: 1,
      windows: 8,
      window: 'week',
      category: 'trash',
    });
  });
});
