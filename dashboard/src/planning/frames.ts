// The time slider: which frame of the series is on the map, and whether it plays.
import type { CellCount, CellSeriesResponse, SeriesFrame } from '@matthan/server/contracts';

export interface FramesState {
  /** The request (`key`) the frames answer; a late reply to an older one is dropped. */
  key: string | null;
  frames: readonly SeriesFrame[];
  /** Largest count of one cell in one frame, over the whole period: the scale's fixed domain. */
  max: number;
  res: number;
  index: number;
  playing: boolean;
  /** Bumped whenever the drawn cells change, for deck.gl's updateTriggers. */
  version: number;
}

export const initialFrames: FramesState = {
  key: null,
  frames: [],
  max: 0,
  res: 8,
  index: 0,
  playing: false,
  version: 0,
};

export function framesRequested(state: FramesState, payload: { key: string }): FramesState {
  return { ...state, key: payload.key };
}

/** Whether two series have the same buckets (only the resolution or the categories changed). */
function sameBuckets(a: readonly SeriesFrame[], b: readonly SeriesFrame[]): boolean {
  return a.length === b.length && a[0]?.start === b[0]?.start;
}

/**
 * A new period starts at its last frame (the most recent picture), paused; the same buckets at
 * another resolution (the map was zoomed) keep the frame and the playback where they were.
 */
export function framesLoaded(state: FramesState, payload: { key: string; response: CellSeriesResponse }): FramesState {
  if (payload.key !== state.key) return state;
  const { frames, max, res } = payload.response;
  const version = state.version + 1;
  if (sameBuckets(state.frames, frames)) return { ...state, frames, max, res, version };
  return { ...state, frames, max, res, index: Math.max(0, frames.length - 1), playing: false, version };
}

function clampIndex(state: FramesState, index: number): number {
  return Math.max(0, Math.min(state.frames.length - 1, Math.round(index)));
}

export function frameSet(state: FramesState, payload: { index: number }): FramesState {
  const index = clampIndex(state, payload.index);
  if (index === state.index || state.frames.length === 0) return state;
  return { ...state, index, version: state.version + 1 };
}

/** Play starts over from the first frame when the slider sits at the end. */
export function playToggled(state: FramesState): FramesState {
  if (state.frames.length < 2) return state;
  if (state.playing) return { ...state, playing: false };
  const atEnd = state.index >= state.frames.length - 1;
  return { ...state, playing: true, index: atEnd ? 0 : state.index, version: state.version + (atEnd ? 1 : 0) };
}

/** One step of playback; it stops on the last frame. */
export function playTicked(state: FramesState): FramesState {
  if (!state.playing) return state;
  const next = frameSet(state, { index: state.index + 1 });
  return next.index >= state.frames.length - 1 ? { ...next, playing: false } : next;
}

const NO_CELLS: readonly CellCount[] = [];

export function currentCells(state: FramesState): readonly CellCount[] {
  return state.frames[state.index]?.cells ?? NO_CELLS;
}

export function frameTotal(state: FramesState): number {
  return currentCells(state).reduce((s, c) => s + c.count, 0);
}
