import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { hoanKiemWards as wards, offlineConfig, trash } from '../testing/reference.js';
import { aReport } from '../testing/reports.js';
import { initialState, reducer, type AppState } from '../state/store.js';
import { buildLayers, LAYER_IDS } from './layers.js';

const ready = reducer(initialState, {
  type: 'reference/loaded',
  config: offlineConfig,
  categories: [trash],
  wards,
});

function layer(state: AppState, id: string): Layer {
  const found = buildLayers(state).find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('buildLayers', () => {
  it('returns the same ids in the same order on every render', () => {
    const ids = buildLayers(ready).map((l) => l.id);
    expect(ids).toEqual(Object.values(LAYER_IDS).filter((id) => id !== LAYER_IDS.heatmap));
    expect(buildLayers(reducer(ready, { type: 'view/langSet', lang: 'en' })).map((l) => l.id)).toEqual(ids);
  });

  it('writes ward names in the current language and redraws them when it changes', () => {
    const en = reducer(ready, { type: 'view/langSet', lang: 'en' });
    const vi = layer(ready, LAYER_IDS.wardLabels).props as unknown as Record<string, unknown>;
    const text = vi.getText as (d: unknown) => string;
    expect(text(ready.reference.wardLabels[0])).toBe('Phường Hoàn Kiếm');
    const enProps = layer(en, LAYER_IDS.wardLabels).props as unknown as Record<string, unknown>;
    expect((enProps.getText as (d: unknown) => string)(en.reference.wardLabels[0])).toBe('Hoan Kiem Ward');
    expect(vi.updateTriggers).not.toEqual(enProps.updateTriggers);
    expect((vi.characterSet as string[]).includes('ờ')).toBe(true);
  });

  it('recolours hexagons when a count changes', () => {
    const before = layer(ready, LAYER_IDS.cells).props.updateTriggers;
    const bumped = { ...ready, cells: { ...ready.cells, version: ready.cells.version + 1 } };
    expect(layer(bumped, LAYER_IDS.cells).props.updateTriggers).not.toEqual(before);
  });

  it('shows single reports in category colours only at street zoom', () => {
    const city = reducer(ready, { type: 'view/changed', zoom: 12, bounds: [105.8, 21, 105.9, 21.1] });
    const street = reducer(ready, { type: 'view/changed', zoom: 15, bounds: [105.85, 21.02, 105.86, 21.03] });
    expect(layer(city, LAYER_IDS.points).props.visible).toBe(false);
    const points = layer(street, LAYER_IDS.points).props as unknown as Record<string, unknown>;
    expect(points.visible).toBe(true);
    expect((points.getFillColor as (r: unknown) => number[])(aReport()).slice(0, 3)).toEqual([140, 86, 75]);
  });

  it('swaps the hexagons for a heatmap when switched on', () => {
    const heat = reducer(ready, { type: 'view/heatmapSet', heatmap: true });
    expect(layer(ready, LAYER_IDS.cells).props.visible).toBe(true);
    expect(buildLayers(ready).some((l) => l.id === LAYER_IDS.heatmap)).toBe(false);
    expect(layer(heat, LAYER_IDS.cells).props.visible).toBe(false);
    expect(buildLayers(heat).map((l) => l.id)).toEqual(Object.values(LAYER_IDS));
  });

  it('outlines hot and cold cells apart, thicker when more certain', () => {
    const cell = { cell: '88415cb4e5fffff', count: 9, z: 3, p: 0.001, pAdjusted: 0.01 };
    const state = {
      ...ready,
      hotspots: { requested: null, version: 1, cells: [] },
    };
    const props = layer(state, LAYER_IDS.hotspots).props as unknown as {
      getLineColor(d: unknown): number[];
      getLineWidth(d: unknown): number;
    };
    const hot99 = { ...cell, classification: 'hot-99' };
    const hot90 = { ...cell, classification: 'hot-90' };
    const cold99 = { ...cell, classification: 'cold-99' };
    expect(props.getLineWidth(hot99)).toBeGreaterThan(props.getLineWidth(hot90));
    expect(props.getLineColor(hot99)).not.toEqual(props.getLineColor(cold99));
  });
});
