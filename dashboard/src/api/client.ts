import type {
  CellsResponse,
  Category,
  ErrorBody,
  HotspotsResponse,
  LngLat,
  ReportCreated,
  ReportDetail,
  ReportPage,
  TrackedReport,
} from '@matthan/server/contracts';
import type { Lang } from '../i18n/messages.js';
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

/** Options of one call: abort it, and the language the server should write its error message in. */
export interface CallOptions {
  signal?: AbortSignal;
  lang?: Lang;
}

/** One JSON call; a non-2xx reply becomes an {@link ApiError} with the server's code and message. */
export async function request<T>(path: string, init: RequestInit = {}, lang?: Lang): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...(init.headers as Record<string, string>) };
  // The server's messages are Vietnamese unless English is preferred.
  if (lang) headers['accept-language'] = lang === 'en' ? 'en, vi;q=0.5' : 'vi, en;q=0.5';
  const res = await fetch(path, { ...init, headers });
  if (res.status === 204) return undefined as T;
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

export function fetchReport(id: string, { signal, lang }: CallOptions = {}): Promise<ReportDetail> {
  return request(`/api/reports/${encodeURIComponent(id)}`, { signal }, lang);
}

export function fetchTracked(code: string, { signal, lang }: CallOptions = {}): Promise<TrackedReport> {
  return request(`/api/track/${encodeURIComponent(code)}`, { signal }, lang);
}

export interface NewReport {
  category: string;
  description: string;
  location: LngLat;
}

/** JSON without photos; multipart (a `report` JSON part and one `photos` part per file) with them. */
export function createReport(
  report: NewReport,
  opts: { photos?: readonly File[]; idempotencyKey?: string; lang?: Lang } = {},
): Promise<ReportCreated> {
  const headers: Record<string, string> = {};
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  const photos = opts.photos ?? [];
  if (photos.length === 0) {
    headers['content-type'] = 'application/json';
    return request('/api/reports', { method: 'POST', headers, body: JSON.stringify(report) }, opts.lang);
  }
  const form = new FormData();
  form.set('report', JSON.stringify(report));
  for (const photo of photos) form.append('photos', photo, photo.name);
  return request('/api/reports', { method: 'POST', headers, body: form }, opts.lang);
}

export function fetchHotspots(params: Record<string, string>, signal?: AbortSignal): Promise<HotspotsResponse> {
  return request(apiPath('/api/hotspots', params), { signal });
}
