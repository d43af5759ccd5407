import type { Layer } from '@deck.gl/core';
import type { EmergingCell } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { COUNT_BINS, hexToRgba } from '../map/color-scale.js';
import { initialReference, referenceLoaded } from '../state/reference.js';
import { hoanKiemWards as wards, offlineConfig, trash } from '../testing/reference.js';
import { HOT_COLOR } from './emerging.js';
import { buildPlanningLayers, PLANNING_LAYER_IDS, type PlanningLayerState } from './layers.js';
import { stableScale } from './stable-scale.js';

const reference = referenceLoaded(initialReference, { config: offlineConfig, categories: [trash], wards });
const base: PlanningLayerState = {
  reference,
  lang: 'vi',
  zoom: 11,
  mode: 'density',
  cells: [
    { cell: '88415cb4e5fffff', count: 1 },
    { cell: '88415cb4e1fffff', count: 100 },
  ],
  scale: stableScale(100),
  version: 1,
  emerging: [{ cell: '88415cb4e5fffff', pattern: 'intensifying-hot' } as EmergingCell],
  selected: null,
};

function props(state: PlanningLayerState, id: string): Record<string, unknown> {
  const found: Layer | undefined = buildPlanningLayers(state).find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found.props as unknown as Record<string, unknown>;
}

describe('buildPlanningLayers', () => {
  it('keeps its ids and order whatever the mode', () => {
    const ids = buildPlanningLayers(base).map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(Object.values(PLANNING_LAYER_IDS)));
    expect(buildPlanningLayers({ ...base, mode: 'emerging', selected: '88415cb4e5fffff' }).map((l) => l.id)).toEqual(
      ids,
    );
  });

  it('colours the frame on the period’s scale, the lightest bin for 1 and the darkest for the max', () => {
    const fill = props(base, PLANNING_LAYER_IDS.cells).getFillColor as (d: unknown) => number[];
    expect(fill(base.cells[0])).toEqual(hexToRgba(COUNT_BINS[0]!.color, 220));
    expect(fill(base.cells[1])).toEqual(hexToRgba(COUNT_BINS[COUNT_BINS.length - 1]!.color, 220));
  });

  it('redraws colours when the frame or the scale changes', () => {
    const before = props(base, PLANNING_LAYER_IDS.cells).updateTriggers;
    expect(props({ ...base, version: 2 }, PLANNING_LAYER_IDS.cells).updateTriggers).not.toEqual(before);
  });

  it('shows either the density or the emerging patterns, never both', () => {
    expect(props(base, PLANNING_LAYER_IDS.cells).visible).toBe(true);
    expect(props(base, PLANNING_LAYER_IDS.emerging).visible).toBe(false);
    const emerging = { ...base, mode: 'emerging' as const };
    expect(props(emerging, PLANNING_LAYER_IDS.cells).visible).toBe(false);
    expect(props(emerging, PLANNING_LAYER_IDS.emerging).visible).toBe(true);
    const line = props(emerging, PLANNING_LAYER_IDS.emerging).getLineColor as (d: unknown) => number[];
    expect(line(base.emerging[0])).toEqual(hexToRgba(HOT_COLOR));
    const text = props(emerging, PLANNING_LAYER_IDS.emergingSymbols).getText as (d: unknown) => string;
    expect(text(base.emerging[0])).toBe('▲');
  });

  it('outlines the selected hexagon only', () => {
    expect(props(base, PLANNING_LAYER_IDS.selected).data).toEqual([]);
    expect(props({ ...base, selected: '88415cb4e5fffff' }, PLANNING_LAYER_IDS.selected).data).toEqual([
      '88415cb4e5fffff',
    ]);
  });
});
