// The drill-down of one hexagon: its counts by category and status, its reports page by page,
// and the links that export the cell and its reports.
import { cellResolution } from '@matthan/geo';
import type { PublicReport, ReportBreakdown } from '@matthan/server/contracts';

export const DRILL_PAGE_SIZE = 20;

export interface DrillState {
  cell: string | null;
  breakdown: ReportBreakdown | null;
  reports: readonly PublicReport[];
  /** Cursor of the next page, or null when every report is listed. */
  nextCursor: string | null;
  loadingMore: boolean;
}

export const initialDrill: DrillState = {
  cell: null,
  breakdown: null,
  reports: [],
  nextCursor: null,
  loadingMore: false,
};

/** A new cell (or none) clears what was shown for the previous one. */
export function cellSelected(state: DrillState, payload: { cell: string | null }): DrillState {
  if (payload.cell === state.cell) return state;
  return { ...initialDrill, cell: payload.cell };
}

export function breakdownLoaded(state: DrillState, payload: { cell: string; breakdown: ReportBreakdown }): DrillState {
  return payload.cell === state.cell ? { ...state, breakdown: payload.breakdown } : state;
}

export function moreRequested(state: DrillState): DrillState {
  return state.cell && state.nextCursor ? { ...state, loadingMore: true } : state;
}

/** A page of the cell's reports: the first replaces, later ones append (none twice). */
export function reportsPageLoaded(
  state: DrillState,
  payload: { cell: string; first: boolean; items: readonly PublicReport[]; nextCursor: string | null },
): DrillState {
  if (payload.cell !== state.cell) return state;
  const seen = new Set(payload.first ? [] : state.reports.map((r) => r.id));
  const fresh = payload.items.filter((r) => !seen.has(r.id));
  const reports = payload.first ? fresh : [...state.reports, ...fresh];
  return { ...state, reports, nextCursor: payload.nextCursor, loadingMore: false };
}

export interface ExportLink {
  what: 'cell' | 'reports';
  format: 'geojson' | 'csv';
  href: string;
}

/** Downloads of the cell (its outline and count) and of its reports, under the view's filter. */
export function exportLinks(cell: string, filter: Record<string, string>): ExportLink[] {
  const query = (extra: Record<string, string>) => new URLSearchParams({ ...filter, ...extra, cell }).toString();
  const cellQuery = query({ res: String(cellResolution(cell)) });
  const reportQuery = query({});
  return (['geojson', 'csv'] as const).flatMap((format) => [
    { what: 'cell' as const, format, href: `/api/exports/cells.${format}?${cellQuery}` },
    { what: 'reports' as const, format, href: `/api/exports/reports.${format}?${reportQuery}` },
  ]);
}
