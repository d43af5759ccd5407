// The planning view's calls; each returns the contract type the server documents.
import type {
  CellSeriesResponse,
  EmergingResponse,
  MonthlyResponse,
  ReportBreakdown,
  ReportPage,
} from '@matthan/server/contracts';
import { apiPath, request } from '../api/client.js';
import { DRILL_PAGE_SIZE } from './drill.js';

type Filter = Record<string, string>;

export function fetchCellSeries(res: number, bucket: string, filter: Filter, signal?: AbortSignal) {
  return request<CellSeriesResponse>(apiPath('/api/cells/series', { res, bucket, ...filter }), { signal });
}

export function fetchMonthly(filter: Filter, signal?: AbortSignal) {
  return request<MonthlyResponse>(apiPath('/api/reports/monthly', filter), { signal });
}

export function fetchEmerging(params: Record<string, string | number>, signal?: AbortSignal) {
  return request<EmergingResponse>(apiPath('/api/hotspots/emerging', params), { signal });
}

export function fetchBreakdown(cell: string, filter: Filter, signal?: AbortSignal) {
  return request<ReportBreakdown>(apiPath('/api/reports/breakdown', { ...filter, cell }), { signal });
}

export function fetchCellReports(cell: string, filter: Filter, cursor: string | null, signal?: AbortSignal) {
  const params = { ...filter, cell, limit: DRILL_PAGE_SIZE, cursor: cursor ?? undefined };
  return request<ReportPage>(apiPath('/api/reports', params), { signal });
}
