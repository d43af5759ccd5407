import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement.js';

const metrics = { fontSizePx: 12, paddingPx: 4 };
const label = (name: string, lng: number, priority: number) => ({
  name,
  position: [lng, 21.03] as [number, number],
  priority,
});
const text = (l: { name: string }) => l.name;

describe('placeLabels', () => {
  // Two names 0.01° apart: ~30 px at zoom 12, ~120 px at zoom 14.
  const big = label('Phường Hoàn Kiếm', 105.85, 10);
  const small = label('Phường Cửa Nam', 105.86, 1);

  it('keeps the more important of two overlapping names', () => {
    expect(placeLabels([small, big], 12, text, metrics)).toEqual([big]);
  });

  it('shows both once zoomed in far enough to separate them', () => {
    expect(placeLabels([small, big], 14, text, metrics)).toEqual([big, small]);
  });

  it('counts longer names as wider', () => {
    const short = label('A', 105.86, 1);
    expect(placeLabels([short, label('B', 105.85, 10)], 12, text, metrics)).toHaveLength(2);
  });
});
