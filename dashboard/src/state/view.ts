import { resolutionForZoom } from '@matthan/geo';
import { DEFAULT_LANG, type Lang } from '../i18n/messages.js';

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/** Single reports are drawn from this zoom on; below it only hexagons (a street block is ~zoom 16). */
export const POINTS_MIN_ZOOM = 14;

export interface ViewState {
  lang: Lang;
  zoom: number;
  /** What the map shows now; null until the map has laid itself out. */
  bounds: BBox | null;
  /** The map's centre `[lng, lat]`, for shareable links; null until the map has laid itself out. */
  center: [number, number] | null;
  /** A heatmap of the counts instead of the hexagons. */
  heatmap: boolean;
  /** The report open in the drawer, by id. */
  selected: string | null;
  /** Grows with every live change of the open report (or of a team): the drawer reads it again. */
  selectedVersion: number;
}

export const initialView: ViewState = {
  lang: DEFAULT_LANG,
  zoom: 11,
  bounds: null,
  center: null,
  heatmap: false,
  selected: null,
  selectedVersion: 0,
};

export function reportSelected(state: ViewState, payload: { id: string | null }): ViewState {
  return state.selected === payload.id ? state : { ...state, selected: payload.id };
}

/** A live event about a report (or a team now on it): if it is the open report, the drawer refreshes. */
export function selectedTouched(state: ViewState, payload: { reportId: string | null }): ViewState {
  if (!state.selected || payload.reportId !== state.selected) return state;
  return { ...state, selectedVersion: state.selectedVersion + 1 };
}

export function viewChanged(
  state: ViewState,
  payload: { zoom: number; bounds: BBox; center?: [number, number] },
): ViewState {
  return { ...state, zoom: payload.zoom, bounds: payload.bounds, center: payload.center ?? state.center };
}

export function heatmapSet(state: ViewState, payload: { heatmap: boolean }): ViewState {
  return state.heatmap === payload.heatmap ? state : { ...state, heatmap: payload.heatmap };
}

export function langSet(state: ViewState, payload: { lang: Lang }): ViewState {
  return state.lang === payload.lang ? state : { ...state, lang: payload.lang };
}

/** H3 resolution of the hexagons at the current zoom. */
export function cellResolution(view: ViewState): number {
  return resolutionForZoom(view.zoom);
}

export function showsPoints(view: ViewState): boolean {
  return view.zoom >= POINTS_MIN_ZOOM;
}

/**
 * The area to ask the server about: the view grown by half its size on each side and snapped
 * outwards to a power-of-two grid, so small pans reuse the same query instead of refetching.
 */
export function queryBBox([w, s, e, n]: BBox): BBox {
  const span = Math.max(e - w, n - s, 1e-6);
  const step = 2 ** Math.ceil(Math.log2(span / 2));
  const snap = (v: number, round: (x: number) => number) => round(v / step) * step;
  return [
    Math.max(-180, snap(w - span / 2, Math.floor)),
    Math.max(-90, snap(s - span / 2, Math.floor)),
    Math.min(180, snap(e + span / 2, Math.ceil)),
    Math.min(90, snap(n + span / 2, Math.ceil)),
  ];
}

export function containsPoint([w, s, e, n]: BBox, [lng, lat]: readonly [number, number]): boolean {
  return lng >= w && lng <= e && lat >= s && lat <= n;
}
