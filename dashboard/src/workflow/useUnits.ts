import type { Unit } from '@matthan/server/contracts';
import { useEffect, useState } from 'react';
import { fetchUnits } from '../api/workflow.js';

/** Every unit (wards, departments), for transfers and names; read once when `enabled`. */
export function useUnits(enabled: boolean): readonly Unit[] {
  const [units, setUnits] = useState<readonly Unit[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const ctrl = new AbortController();
    fetchUnits(ctrl.signal)
      .then((list) => setUnits(list.items))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) console.error('[matthan] loading units failed:', err);
      });
    return () => ctrl.abort();
  }, [enabled]);
  return units;
}
