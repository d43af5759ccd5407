import type { CellSeriesResponse } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import {
  currentCells,
  frameSet,
  framesLoaded,
  framesRequested,
  frameTotal,
  initialFrames,
  playTicked,
  playToggled,
} from './frames.js';

const response: CellSeriesResponse = {
  res: 8,
  bucket: 'week',
  from: '2025-07-01T00:00:00+07:00',
  to: '2025-07-22T00:00:00+07:00',
  max: 5,
  frames: [
    { start: '2025-06-29T17:00:00.000Z', cells: [{ cell: '88415cb4e5fffff', count: 5 }] },
    { start: '2025-07-06T17:00:00.000Z', cells: [] },
    {
      start: '2025-07-13T17:00:00.000Z',
      cells: [
        { cell: '88415cb4e5fffff', count: 1 },
        { cell: '88415cb4e1fffff', count: 2 },
      ],
    },
  ],
};
const loaded = framesLoaded(framesRequested(initialFrames, { key: 'a' }), { key: 'a', response });

describe('time slider frames', () => {
  it('opens a series on its last frame, paused, keeping the whole period’s max', () => {
    expect(loaded.index).toBe(2);
    expect(loaded.playing).toBe(false);
    expect(loaded.max).toBe(5);
    expect(frameTotal(loaded)).toBe(3);
  });

  it('keeps the frame and playback when only the resolution changes', () => {
    const playing = playTicked(playToggled(loaded));
    const zoomed = framesLoaded(framesRequested(playing, { key: 'r9' }), {
      key: 'r9',
      response: { ...response, res: 9, max: 3 },
    });
    expect(zoomed).toMatchObject({ index: 1, playing: true, res: 9, max: 3 });
    const shorter = { ...response, frames: response.frames.slice(1) };
    const other = framesLoaded(framesRequested(playing, { key: 'p2' }), { key: 'p2', response: shorter });
    expect(other).toMatchObject({ index: 1, playing: false });
  });

  it('drops a reply to a superseded request', () => {
    const newer = framesRequested(loaded, { key: 'b' });
    expect(framesLoaded(newer, { key: 'a', response: { ...response, max: 99 } })).toBe(newer);
  });

  it('moves to a frame within the period and bumps the version only on a change', () => {
    const first = frameSet(loaded, { index: 0 });
    expect(currentCells(first)).toEqual(response.frames[0]!.cells);
    expect(first.version).toBe(loaded.version + 1);
    expect(frameSet(first, { index: -4 })).toBe(first);
    expect(frameSet(loaded, { index: 40 }).index).toBe(2);
  });

  it('keeps the scale’s max the same on every frame', () => {
    let s = frameSet(loaded, { index: 0 });
    const maxes = [s.max];
    for (let i = 0; i < 3; i++) maxes.push((s = frameSet(s, { index: s.index + 1 })).max);
    expect(new Set(maxes)).toEqual(new Set([5]));
  });

  it('plays from the start when at the end, and stops on the last frame', () => {
    let s = playToggled(loaded);
    expect(s).toMatchObject({ playing: true, index: 0 });
    s = playTicked(s);
    expect(s).toMatchObject({ playing: true, index: 1 });
    s = playTicked(s);
    expect(s).toMatchObject({ playing: false, index: 2 });
    expect(playTicked(s)).toBe(s);
  });

  it('pauses where it is', () => {
    const playing = playTicked(playToggled(loaded));
    expect(playToggled(playing)).toMatchObject({ playing: false, index: 1 });
  });

  it('does not play a single frame', () => {
    const one = framesLoaded(framesRequested(initialFrames, { key: 'c' }), {
      key: 'c',
      response: { ...response, frames: response.frames.slice(0, 1) },
    });
    expect(playToggled(one)).toBe(one);
  });
});
