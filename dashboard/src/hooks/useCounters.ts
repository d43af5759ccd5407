import { useEffect, useState } from 'react';
import { fetchCells } from '../api/client.js';
import type { CounterKey, CounterRequest } from '../state/counters.js';

/** The whole of Hà Nội and more: the counters are for every ward the server serves. */
const CITY_BBOX: [number, number, number, number] = [104.5, 20.3, 106.5, 21.8];
/** The coarsest resolution that still groups cheaply; only the total is read. */
const COUNT_RES = 5;

export type Counts = Partial<Record<CounterKey, number>>;

/**
 * Fetches each counter's total from /api/cells. `key` says when the requests changed (the
 * requests themselves are rebuilt every render); `bump` refetches, e.g. after a live event.
 */
export function useCounters(requests: readonly CounterRequest[], key: string, bump: number): Counts {
  const [counts, setCounts] = useState<Counts>({});
  useEffect(() => {
    const ctrl = new AbortController();
    Promise.all(
      requests.map(async (r) => {
        if (!r.params) return [r.key, 0] as const;
        const res = await fetchCells({ res: COUNT_RES, bbox: CITY_BBOX, filter: r.params }, ctrl.signal);
        return [r.key, res.total] as const;
      }),
    )
      .then((entries) => setCounts(Object.fromEntries(entries)))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) console.error('[matthan] loading the counters failed:', err);
      });
    return () => ctrl.abort();
    // The requests are rebuilt every render; their key says when they really changed.
  }, [key, bump]);
  return counts;
}
