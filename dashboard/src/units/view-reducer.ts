import type { TrendBucket } from '@matthan/server/contracts';
import {
  bucketChosen,
  presetChosen,
  sortToggled,
  trendUnitChosen,
  type PeriodPreset,
  type SortColumn,
  type UnitsViewState,
} from './view-state.js';

export type UnitsViewAction =
  | { type: 'preset'; preset: PeriodPreset }
  | { type: 'bucket'; bucket: TrendBucket }
  | { type: 'sort'; column: SortColumn }
  | { type: 'trendUnit'; unit: string | null };

/** The view's actions, each to its pure updater. */
export function unitsViewReducer(state: UnitsViewState, action: UnitsViewAction): UnitsViewState {
  switch (action.type) {
    case 'preset':
      return presetChosen(state, action.preset);
    case 'bucket':
      return bucketChosen(state, action.bucket);
    case 'sort':
      return sortToggled(state, action.column);
    case 'trendUnit':
      return trendUnitChosen(state, action.unit);
  }
}
