// The planning view's state: the slider's frames and the drill-down, as one reducer of pure updaters.
import type { CellSeriesResponse, PublicReport, ReportBreakdown } from '@matthan/server/contracts';
import {
  breakdownLoaded,
  cellSelected,
  initialDrill,
  moreRequested,
  reportsPageLoaded,
  type DrillState,
} from './drill.js';
import {
  frameSet,
  framesLoaded,
  framesRequested,
  initialFrames,
  playTicked,
  playToggled,
  type FramesState,
} from './frames.js';

export interface PlanningState {
  frames: FramesState;
  drill: DrillState;
}

export const initialPlanning: PlanningState = { frames: initialFrames, drill: initialDrill };

export type PlanningAction =
  | { type: 'frames/requested'; key: string }
  | { type: 'frames/loaded'; key: string; response: CellSeriesResponse }
  | { type: 'frames/set'; index: number }
  | { type: 'frames/playToggled' }
  | { type: 'frames/ticked' }
  | { type: 'drill/cellSelected'; cell: string | null }
  | { type: 'drill/breakdownLoaded'; cell: string; breakdown: ReportBreakdown }
  | { type: 'drill/moreRequested' }
  | {
      type: 'drill/pageLoaded';
      cell: string;
      first: boolean;
      items: readonly PublicReport[];
      nextCursor: string | null;
    };

function framesReducer(state: FramesState, action: PlanningAction): FramesState {
  switch (action.type) {
    case 'frames/requested':
      return framesRequested(state, action);
    case 'frames/loaded':
      return framesLoaded(state, action);
    case 'frames/set':
      return frameSet(state, action);
    case 'frames/playToggled':
      return playToggled(state);
    case 'frames/ticked':
      return playTicked(state);
    default:
      return state;
  }
}

function drillReducer(state: DrillState, action: PlanningAction): DrillState {
  switch (action.type) {
    case 'drill/cellSelected':
      return cellSelected(state, action);
    case 'drill/breakdownLoaded':
      return breakdownLoaded(state, action);
    case 'drill/moreRequested':
      return moreRequested(state);
    case 'drill/pageLoaded':
      return reportsPageLoaded(state, action);
    default:
      return state;
  }
}

export function planningReducer(state: PlanningState, action: PlanningAction): PlanningState {
  const frames = framesReducer(state.frames, action);
  const drill = drillReducer(state.drill, action);
  return frames === state.frames && drill === state.drill ? state : { frames, drill };
}
