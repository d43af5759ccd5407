import type { Layer } from '@deck.gl/core';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { cellToLngLat } from '@matthan/geo';
import type { CellCount, CellHotspot, EmergingCell, HotspotClass } from '@matthan/server/contracts';
import { PATTERN_SYMBOLS, patternRgba, patternStyle } from '../planning/emerging.js';
import type { CellsState } from '../state/cells.js';
import type { HotspotsState } from '../state/hotspots.js';
import type { PulseFrame } from '../state/pulses.js';
import { hexToRgba, type Rgba } from './color-scale.js';

export const OVERLAY_IDS = {
  heatmap: 'report-heatmap',
  hotspots: 'hotspot-outlines',
  pulses: 'report-pulses',
  emerging: 'emerging-marks',
} as const;

/** Viridis, dark to light as the density grows: readable with the common colour blindnesses. */
export const HEATMAP_COLORS: readonly string[] = ['#440154', '#414487', '#2a788e', '#22a884', '#7ad151', '#fde725'];

/** Okabe–Ito vermilion and blue: hot and cold stay apart for every kind of colour vision. */
const HOT = hexToRgba('#d55e00', 255);
const COLD = hexToRgba('#0072b2', 255);
/** Width carries the confidence, so the class reads without telling colours apart. */
const WIDTH_PX: Record<HotspotClass, number> = {
  'hot-99': 4,
  'hot-95': 2.5,
  'hot-90': 1.5,
  'cold-99': 4,
  'cold-95': 2.5,
  'cold-90': 1.5,
  'not-significant': 0,
};

export function heatmapLayer(cells: CellsState): Layer {
  return new HeatmapLayer<CellCount>({
    id: OVERLAY_IDS.heatmap,
    data: cells.cells,
    getPosition: (d) => cellToLngLat(d.cell),
    getWeight: (d) => d.count,
    radiusPixels: 40,
    colorRange: HEATMAP_COLORS.map((c) => hexToRgba(c).slice(0, 3) as [number, number, number]),
    updateTriggers: { getWeight: cells.version, getPosition: cells.version },
  });
}

export function hotspotsLayer(hotspots: HotspotsState): Layer {
  const colorOf = (d: CellHotspot): Rgba => (d.classification.startsWith('hot') ? HOT : COLD);
  return new H3HexagonLayer<CellHotspot>({
    id: OVERLAY_IDS.hotspots,
    data: hotspots.cells,
    getHexagon: (d) => d.cell,
    filled: false,
    stroked: true,
    extruded: false,
    getLineColor: colorOf,
    getLineWidth: (d) => WIDTH_PX[d.classification],
    lineWidthUnits: 'pixels',
    updateTriggers: { getLineColor: hotspots.version, getLineWidth: hotspots.version },
  });
}

export function pulsesLayer(frames: readonly PulseFrame[], frame: number): Layer {
  return new ScatterplotLayer<PulseFrame>({
    id: OVERLAY_IDS.pulses,
    data: frames,
    getPosition: (d) => d.position,
    getRadius: (d) => d.radiusPx,
    radiusUnits: 'pixels',
    filled: false,
    stroked: true,
    getLineColor: (d) => [213, 94, 0, d.alpha],
    lineWidthMinPixels: 3,
    updateTriggers: { getRadius: frame, getLineColor: frame },
  });
}

/**
 * The emerging-hotspot pattern's symbol on each cell (✚ new, ▲ intensifying, ■ persistent, …), in
 * its colour: the live map marks its hotspots with it, the planning map draws every pattern.
 */
export function emergingSymbolsLayer(
  cells: readonly EmergingCell[],
  opts: { id?: string; visible?: boolean; sizePx?: number } = {},
): Layer {
  return new TextLayer<EmergingCell>({
    id: opts.id ?? OVERLAY_IDS.emerging,
    data: cells,
    visible: opts.visible ?? true,
    getPosition: (d) => cellToLngLat(d.cell),
    getText: (d) => patternStyle(d.pattern)?.symbol ?? '',
    characterSet: PATTERN_SYMBOLS.join(''),
    getColor: (d) => patternRgba(d.pattern),
    outlineWidth: 2,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    getSize: opts.sizePx ?? 16,
    sizeUnits: 'pixels',
  });
}
