import type { Layer } from '@deck.gl/core';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { GeoJsonLayer, IconLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { categoryIcon, ICON_PX } from './category-icons.js';
import { wardOutlinesAt } from './ward-outline.js';
import type { CellCount, EmergingCell, PublicReport } from '@matthan/server/contracts';
import type { WardLabel } from '../state/reference.js';
import type { AppState } from '../state/store.js';
import { showsPoints } from '../state/view.js';
import { localName } from '../i18n/translate.js';
import { vietnameseCharacterSet } from './charset.js';
import type { PulseFrame } from '../state/pulses.js';
import { colorForCount, hexToRgba, type Rgba } from './color-scale.js';
import { emergingSymbolsLayer, heatmapLayer, hotspotsLayer, OVERLAY_IDS, pulsesLayer } from './overlay-layers.js';
import { placedWardLabels, WARD_LABEL_SIZE_PX } from './ward-label-layout.js';

/** What the layers read; the rest of the state does not redraw the map. */
export interface LayerState extends Pick<AppState, 'reference' | 'view' | 'cells' | 'points'> {
  hotspots?: AppState['hotspots'];
  /** Hotspots that are new, intensifying or persistent over the last weeks. */
  emerging?: readonly EmergingCell[];
  /** Rings of new reports at this animation frame, and the frame's number for updateTriggers. */
  rings?: { frames: readonly PulseFrame[]; frame: number };
}

/** Stable ids: deck.gl matches layers across renders by id and only updates what changed. */
export const LAYER_IDS = {
  wardFill: 'ward-fill',
  cells: 'report-cells',
  heatmap: OVERLAY_IDS.heatmap,
  wardOutline: 'ward-outline',
  hotspots: OVERLAY_IDS.hotspots,
  emerging: OVERLAY_IDS.emerging,
  points: 'report-points',
  icons: 'report-icons',
  pulses: OVERLAY_IDS.pulses,
  wardLabels: 'ward-labels',
} as const;

const CHARACTER_SET = vietnameseCharacterSet();
// The system fonts of a stock Linux or Windows machine that have every Vietnamese letter.
const FONT_FAMILY = 'system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

/** Bottom to top: ward fill, hexagons or heatmap, ward outlines, hotspots, reports, rings, names. */
export function buildLayers(state: LayerState): Layer[] {
  return [
    wardFill(state),
    cellsLayer(state),
    // Only while switched on: even hidden, a heatmap re-aggregates on every change of the counts.
    ...(state.view.heatmap ? [heatmapLayer(state.cells)] : []),
    wardOutline({ reference: state.reference, zoom: state.view.zoom }),
    hotspotsLayer(state.hotspots ?? NO_HOTSPOTS),
    emergingSymbolsLayer(state.emerging ?? NO_EMERGING),
    pointsLayer(state),
    iconsLayer(state),
    pulsesLayer(state.rings?.frames ?? [], state.rings?.frame ?? 0),
    wardLabels(state),
  ];
}

const NO_EMERGING: EmergingCell[] = [];

const NO_HOTSPOTS: AppState['hotspots'] = { requested: null, cells: [], version: 0 };

const NO_WARDS: never[] = [];

export function wardFill({ reference }: Pick<LayerState, 'reference'>): Layer {
  // On the offline basemap the wards are the land; over a real basemap they only tint it.
  const alpha = reference.config?.basemapStyleUrl ? 40 : 170;
  return new GeoJsonLayer({
    id: LAYER_IDS.wardFill,
    data: reference.wards ?? NO_WARDS,
    filled: true,
    stroked: false,
    getFillColor: [255, 255, 255, alpha],
    updateTriggers: { getFillColor: alpha },
  });
}

/** The ward borders, simplified to what the zoom can show (see ward-outline.ts); `zoom` defaults to the detailed copy. */
export function wardOutline({ reference, zoom = 22 }: Pick<LayerState, 'reference'> & { zoom?: number }): Layer {
  return new GeoJsonLayer({
    id: LAYER_IDS.wardOutline,
    data: reference.wards ? wardOutlinesAt(reference.wards, zoom) : NO_WARDS,
    filled: false,
    stroked: true,
    getLineColor: [96, 108, 118, 200],
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
  });
}

function cellsLayer({ cells, view }: LayerState): Layer {
  return new H3HexagonLayer<CellCount>({
    id: LAYER_IDS.cells,
    data: cells.cells,
    getHexagon: (d) => d.cell,
    getFillColor: (d) => colorForCount(d.count, 210),
    // Street level shows single reports; the hexagons stay as a faint backdrop.
    opacity: showsPoints(view) ? 0.35 : 1,
    visible: !view.heatmap,
    extruded: false,
    stroked: false,
    pickable: true,
    updateTriggers: { getFillColor: cells.version },
  });
}

function pointsLayer({ points, view, reference }: LayerState): Layer {
  const colorOf = (r: PublicReport): Rgba => hexToRgba(reference.categoryByCode.get(r.category)?.color ?? '', 235);
  return new ScatterplotLayer<PublicReport>({
    id: LAYER_IDS.points,
    data: points.items,
    visible: showsPoints(view),
    getPosition: (r) => r.location,
    getFillColor: colorOf,
    getRadius: 11,
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    lineWidthMinPixels: 1.5,
    pickable: true,
    updateTriggers: { getFillColor: [points.version, reference.categoryByCode] },
  });
}

const ICONED = new WeakMap<readonly PublicReport[], PublicReport[]>();

/** The category's pictogram on each report's disc; clicks go to the disc below. */
function iconsLayer({ points, view, reference }: LayerState): Layer {
  // The layers are rebuilt on every animation frame: the same items must give the same array.
  let withIcon = ICONED.get(points.items);
  if (!withIcon) {
    withIcon = points.items.filter((r) => categoryIcon(reference.categoryByCode.get(r.category)?.icon) !== null);
    ICONED.set(points.items, withIcon);
  }
  return new IconLayer<PublicReport>({
    id: LAYER_IDS.icons,
    data: withIcon,
    visible: showsPoints(view),
    getPosition: (r) => r.location,
    getIcon: (r) => categoryIcon(reference.categoryByCode.get(r.category)?.icon)!,
    getSize: ICON_PX,
    sizeUnits: 'pixels',
    updateTriggers: { getIcon: [points.version, reference.categoryByCode] },
  });
}

export function wardLabels({
  reference,
  view,
}: {
  reference: LayerState['reference'];
  view: Pick<LayerState['view'], 'lang' | 'zoom'>;
}): Layer {
  return new TextLayer<WardLabel>({
    id: LAYER_IDS.wardLabels,
    // Only the names that fit at this zoom, chosen on the CPU (see label-placement.ts).
    data: placedWardLabels(reference.wardLabels, view.lang, view.zoom),
    getPosition: (d) => d.position,
    getText: (d) => localName(d, view.lang),
    characterSet: CHARACTER_SET,
    fontFamily: FONT_FAMILY,
    fontWeight: 600,
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    getColor: [40, 48, 56, 255],
    getSize: WARD_LABEL_SIZE_PX,
    sizeUnits: 'pixels',
    updateTriggers: { getText: view.lang },
  });
}
