import type { EmergingCell } from '@matthan/server/contracts';
import { useEffect, useState } from 'react';
import { fetchEmerging } from '../planning/api.js';
import { emergingRequestFor, liveMarks } from '../state/emerging-marks.js';
import type { FiltersState } from '../state/filters.js';

/** Eight weekly Gi* windows move slowly: read again this often, not on every report. */
const REFRESH_MS = 10 * 60_000;

/** The hotspots that are new, intensifying or persistent, for marks on the live map. */
export function useEmergingMarks(filters: FiltersState): readonly EmergingCell[] {
  const [marks, setMarks] = useState<readonly EmergingCell[]>([]);
  const params = emergingRequestFor(filters);
  const key = JSON.stringify(params);
  useEffect(() => {
    const ctrl = new AbortController();
    const load = () =>
      fetchEmerging(params, ctrl.signal)
        .then((r) => setMarks(liveMarks(r.cells)))
        .catch((err: unknown) => {
          if (!ctrl.signal.aborted) console.error('[matthan] loading emerging hotspots failed:', err);
        });
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      ctrl.abort();
      clearInterval(timer);
    };
    // `params` is rebuilt every render; `key` says when it really changed.
  }, [key]);
  return marks;
}
