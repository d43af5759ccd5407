// The slider's colour scale: fitted once to the whole period (its largest count), never per frame,
// so a colour means the same count on every frame and playback shows real change.
import { COUNT_BINS, hexToRgba, type Bin, type Rgba } from '../map/color-scale.js';

/** Viridis, light to dark: ordered by lightness, readable with the common colour blindnesses. */
const COLORS = COUNT_BINS.map((b) => b.color);

/**
 * Up to seven bins from 1 to `max`: one per count while they fit, else bounds growing
 * geometrically (counts are skewed: a few hexagons hold most reports). The last bin ends at `max`.
 * @example stableScale(4).map((b) => [b.min, b.max]) // [[1,1],[2,2],[3,3],[4,4]]
 */
export function stableScale(max: number): Bin[] {
  if (max < 1) return [];
  if (max <= COLORS.length)
    return Array.from({ length: max }, (_, i) => ({ min: i + 1, max: i + 1, color: COLORS[i]! }));
  const bins: Bin[] = [];
  let min = 1;
  for (let i = 0; i < COLORS.length; i++) {
    const remaining = COLORS.length - i;
    const upper = i === COLORS.length - 1 ? max : Math.round(Math.pow(max, (i + 1) / COLORS.length));
    const top = Math.max(min, Math.min(upper, max - (remaining - 1)));
    bins.push({ min, max: top, color: COLORS[i]! });
    min = top + 1;
  }
  return bins;
}

/** The bin of a count; counts above the domain (none, by construction) take the last. */
export function scaleBin(scale: readonly Bin[], count: number): Bin | undefined {
  return scale.find((b) => b.max !== null && count <= b.max) ?? scale[scale.length - 1];
}

export function scaleColor(scale: readonly Bin[], count: number, alpha = 220): Rgba {
  const bin = scaleBin(scale, count);
  return bin ? hexToRgba(bin.color, alpha) : [0, 0, 0, 0];
}
