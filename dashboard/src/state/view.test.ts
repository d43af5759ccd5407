import { describe, expect, it } from 'vitest';
import {
  cellResolution,
  containsPoint,
  initialView,
  langSet,
  queryBBox,
  reportSelected,
  selectedTouched,
  showsPoints,
  viewChanged,
  type BBox,
} from './view.js';

const hoanKiem: BBox = [105.83, 21.01, 105.87, 21.04];

describe('view', () => {
  it('starts in Vietnamese', () => {
    expect(initialView.lang).toBe('vi');
    expect(langSet(initialView, { lang: 'en' }).lang).toBe('en');
  });

  it('picks finer hexagons and then single points as the map zooms in', () => {
    const city = viewChanged(initialView, { zoom: 11, bounds: hoanKiem });
    const street = viewChanged(initialView, { zoom: 15, bounds: hoanKiem });
    expect(cellResolution(street)).toBeGreaterThan(cellResolution(city));
    expect(showsPoints(city)).toBe(false);
    expect(showsPoints(street)).toBe(true);
  });

  it('asks for a padded area that covers the view and stays put on a small pan', () => {
    const q = queryBBox(hoanKiem);
    expect(q[0]).toBeLessThanOrEqual(hoanKiem[0] - 0.02);
    expect(q[1]).toBeLessThanOrEqual(hoanKiem[1] - 0.015);
    expect(q[2]).toBeGreaterThanOrEqual(hoanKiem[2] + 0.02);
    expect(q[3]).toBeGreaterThanOrEqual(hoanKiem[3] + 0.015);
    expect(queryBBox([105.831, 21.011, 105.871, 21.041])).toEqual(q);
  });

  it('never asks for an area outside the globe', () => {
    expect(queryBBox([-179, -89, 179, 89])).toEqual([-180, -90, 180, 90]);
  });

  it('tests points against a bbox, edges included', () => {
    expect(containsPoint(hoanKiem, [105.8542, 21.0285])).toBe(true);
    expect(containsPoint(hoanKiem, [105.83, 21.01])).toBe(true);
    expect(containsPoint(hoanKiem, [105.9, 21.0285])).toBe(false);
  });
});

describe('the open report', () => {
  it('opens and closes by id, and refreshes only for its own events (or its team’s)', () => {
    const open = reportSelected(initialView, { id: 'r1' });
    expect(open.selected).toBe('r1');
    expect(selectedTouched(open, { reportId: 'r2' })).toBe(open);
    expect(selectedTouched(open, { reportId: null })).toBe(open);
    expect(selectedTouched(open, { reportId: 'r1' }).selectedVersion).toBe(1);
    const closed = reportSelected(open, { id: null });
    expect(selectedTouched(closed, { reportId: 'r1' })).toBe(closed);
  });
});
