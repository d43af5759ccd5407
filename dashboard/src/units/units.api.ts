import type {
  OverdueResponse,
  TrendBucket,
  UnitList,
  UnitStatsResponse,
  UnitTrendResponse,
} from '@matthan/server/contracts';
import { apiPath, request, type CallOptions } from '../api/client.js';

export interface Period {
  from: string;
  to: string;
}

/** GET /api/units/stats: the leaderboard (unit staff get their own unit's line only). */
export function fetchUnitStats(period: Period, { signal, lang }: CallOptions = {}): Promise<UnitStatsResponse> {
  return request(apiPath('/api/units/stats', { ...period }), { signal }, lang);
}

/** GET /api/units/trend for one unit, or the city with `unit` null. */
export function fetchUnitTrend(
  q: Period & { unit: string | null; bucket: TrendBucket },
  { signal, lang }: CallOptions = {},
): Promise<UnitTrendResponse> {
  const params = { from: q.from, to: q.to, bucket: q.bucket, unit: q.unit ?? undefined };
  return request(apiPath('/api/units/trend', params), { signal }, lang);
}

/** GET /api/reports/overdue: most late first. */
export function fetchOverdue(limit: number, { signal, lang }: CallOptions = {}): Promise<OverdueResponse> {
  return request(apiPath('/api/reports/overdue', { limit }), { signal }, lang);
}

/** GET /api/units: every unit's names. */
export function fetchUnits({ signal, lang }: CallOptions = {}): Promise<UnitList> {
  return request('/api/units', { signal }, lang);
}
