import type { CellsResponse, Category, ErrorBody, LngLat, ReportCreated, ReportPage } from '@matthan/server/contracts';
import type { BBox } from '../state/view.js';
import type { MapConfig, Wards } from './types.js';

/** A failed API call, with the server's stable error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | undefined>;

/** `/api/cells` + `{ res: 8, bbox: '…' }` → `/api/cells?res=8&bbox=…`, leaving out undefined values. */
export function apiPath(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, String(v));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(path: string, init?: RequestInit & { signal?: AbortSignal }): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as Partial<ErrorBody> | null;
  throw new ApiError(res.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `HTTP ${res.status}`);
}

export const fetchConfig = (signal?: AbortSignal) => request<MapConfig>('/api/config', { signal });

export const fetchCategories = (signal?: AbortSignal) => request<Category[]>('/api/categories', { signal });

export const fetchWards = (signal?: AbortSignal) => request<Wards>('/api/wards', { signal });

export interface CellsParams {
  res: number;
  bbox: BBox;
  filter: Record<string, string>;
}

export function fetchCells({ res, bbox, filter }: CellsParams, signal?: AbortSignal): Promise<CellsResponse> {
  return request(apiPath('/api/cells', { res, bbox: bbox.join(','), ...filter }), { signal });
}

export interface ReportsParams {
  bbox?: BBox;
  limit: number;
  filter?: Record<string, string>;
  cursor?: string;
}

export function fetchReports(
  { bbox, limit, filter, cursor }: ReportsParams,
  signal?: AbortSignal,
): Promise<ReportPage> {
  return request(apiPath('/api/reports', { bbox: bbox?.join(','), limit, cursor, ...filter }), { signal });
}

export interface NewReport {
  category: string;
  description: string;
  location: LngLat;
}

export function createReport(report: NewReport): Promise<ReportCreated> {
  return request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
}
