import { useReducer } from 'react';
import type { Category } from '@matthan/server/contracts';
import type { MapConfig, Wards } from '../api/types.js';
import { initialReference, referenceFailed, referenceLoaded, type ReferenceState } from '../state/reference.js';
import { useReferenceData } from './loaders.js';

export type ReferenceAction =
  | { type: 'reference/loaded'; config: MapConfig; categories: readonly Category[]; wards: Wards }
  | { type: 'reference/failed'; message: string };

function reducer(state: ReferenceState, action: ReferenceAction): ReferenceState {
  return action.type === 'reference/loaded' ? referenceLoaded(state, action) : referenceFailed(state, action);
}

/** Map config, categories and wards for a page that needs nothing else of the dashboard's state. */
export function useReference(): ReferenceState {
  const [state, dispatch] = useReducer(reducer, initialReference);
  useReferenceData(dispatch);
  return state;
}
