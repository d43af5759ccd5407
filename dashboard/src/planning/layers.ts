import type { Layer } from '@deck.gl/core';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import type { CellCount, EmergingCell } from '@matthan/server/contracts';
import type { Lang } from '../i18n/messages.js';
import type { Bin } from '../map/color-scale.js';
import { wardFill, wardLabels, wardOutline } from '../map/layers.js';
import { emergingSymbolsLayer } from '../map/overlay-layers.js';
import type { ReferenceState } from '../state/reference.js';
import type { MapMode } from './link.js';
import { patternRgba, patternStyle } from './emerging.js';
import { scaleColor } from './stable-scale.js';

export const PLANNING_LAYER_IDS = {
  cells: 'planning-cells',
  selected: 'planning-selected',
  emerging: 'planning-emerging',
  emergingSymbols: 'planning-emerging-symbols',
} as const;

export interface PlanningLayerState {
  reference: ReferenceState;
  lang: Lang;
  zoom: number;
  mode: MapMode;
  /** The slider's frame, coloured on the period's fixed scale. */
  cells: readonly CellCount[];
  scale: readonly Bin[];
  /** Bumped when the frame changes, for updateTriggers. */
  version: number;
  emerging: readonly EmergingCell[];
  selected: string | null;
}

/** Bottom to top: ward fill, the frame's hexagons or the emerging patterns, ward outlines, selection, names. */
export function buildPlanningLayers(state: PlanningLayerState): Layer[] {
  const emerging = state.mode === 'emerging';
  return [
    wardFill(state),
    densityLayer(state, !emerging),
    wardOutline(state),
    emergingLayer(state.emerging, emerging),
    emergingSymbolsLayer(state.emerging, { id: PLANNING_LAYER_IDS.emergingSymbols, visible: emerging, sizePx: 14 }),
    selectedLayer(state.selected),
    wardLabels({ reference: state.reference, view: { lang: state.lang, zoom: state.zoom } }),
  ];
}

function densityLayer({ cells, scale, version }: PlanningLayerState, visible: boolean): Layer {
  return new H3HexagonLayer<CellCount>({
    id: PLANNING_LAYER_IDS.cells,
    data: cells,
    getHexagon: (d) => d.cell,
    getFillColor: (d) => scaleColor(scale, d.count),
    visible,
    extruded: false,
    stroked: false,
    pickable: true,
    updateTriggers: { getFillColor: [version, scale] },
  });
}

function emergingLayer(cells: readonly EmergingCell[], visible: boolean): Layer {
  return new H3HexagonLayer<EmergingCell>({
    id: PLANNING_LAYER_IDS.emerging,
    data: cells,
    getHexagon: (d) => d.cell,
    visible,
    filled: true,
    stroked: true,
    extruded: false,
    getFillColor: (d) => patternRgba(d.pattern, 60),
    getLineColor: (d) => patternRgba(d.pattern),
    getLineWidth: (d) => patternStyle(d.pattern)?.widthPx ?? 0,
    lineWidthUnits: 'pixels',
    pickable: true,
  });
}

const NO_CELL: string[] = [];

function selectedLayer(selected: string | null): Layer {
  return new H3HexagonLayer<string>({
    id: PLANNING_LAYER_IDS.selected,
    data: selected ? [selected] : NO_CELL,
    getHexagon: (d) => d,
    filled: false,
    stroked: true,
    extruded: false,
    getLineColor: [20, 20, 20, 255],
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
  });
}
