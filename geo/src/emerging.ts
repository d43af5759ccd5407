// Emerging hot spot analysis: Gi* hotspots per time window, then a Mann–Kendall trend on each
// cell's z-scores, classified into the patterns of ArcGIS Pro's Emerging Hot Spot Analysis.
import { hotspotsForCells } from './hotspots.js';
import { mannKendall, type MannKendallResult, type TrendDirection } from './mann-kendall.js';

/** A window's verdict for one cell: significant hot spot, significant cold spot, or neither. */
export type WindowBin = 'hot' | 'cold' | 'none';

type Side = 'hot' | 'cold';
type PatternBase =
  'new' | 'consecutive' | 'intensifying' | 'persistent' | 'diminishing' | 'sporadic' | 'oscillating' | 'historical';

/** One of ArcGIS's eight hot and eight cold spot patterns, or none of them. */
export type EmergingPattern = `${PatternBase}-${Side}` | 'no-pattern';

/** One study-area cell's pattern over the windows, with the evidence it rests on. */
export interface EmergingHotspot {
  cell: string;
  pattern: EmergingPattern;
  /** Windows in which the cell was a significant hot spot (class hot-*, FDR-adjusted p ≤ alpha). */
  windowsHot: number;
  /** Windows in which it was a significant cold spot. */
  windowsCold: number;
  /** Mann–Kendall test of the cell's Gi* z-scores, oldest window first, at level alpha. */
  trend: MannKendallResult;
  /** Gi* z-score in the final window; 0 when there are no windows. */
  lastZ: number;
}

/** Options of {@link emergingHotspots}. */
export interface EmergingOptions {
  /** Neighbourhood radius in grid steps, as in {@link hotspotsForCells}. Default 1. */
  k?: number;
  /**
   * Significance level, default 0.10 (ArcGIS's 90 % confidence), of both the per-window hot/cold
   * verdict (FDR-adjusted p ≤ alpha) and the trend test. Per-window classes stop at 90 %, so
   * above 0.10 it only loosens the trend test.
   */
  alpha?: number;
}

/**
 * Emerging hot spots over H3 cells. `windows` holds one map of report counts per cell for each
 * time window, oldest first; the windows should be periods of equal length (the trend test assumes
 * equal steps). In each window Gi* runs over the study area through
 * {@link hotspotsForCells} (its k-ring weights and FDR-corrected classes); each cell then gets the
 * series of its z-scores, tested for a trend with {@link mannKendall}, and the series of its
 * hot/cold verdicts, classified by {@link classifyEmergingPattern}. Results follow the study
 * area's order (first occurrence of each cell).
 *
 * Edge cases: an empty study area gives []; zero windows give every cell 'no-pattern', no hot or
 * cold windows, no trend and lastZ 0; one window has no history, so a hot (cold) cell is
 * 'new-hot' ('new-cold'). Throws a RangeError on alpha outside (0, 1) and on what
 * {@link hotspotsForCells} rejects (invalid cells, non-finite counts, a bad k).
 * @example
 * const area = cellDisk(lngLatToCell([105.8542, 21.0285], 9), 6);
 * const quiet = new Map(area.map((c, i) => [c, 10 + (i % 4)]));
 * const burst = new Map([...quiet, ...cellDisk(area[0], 1).map((c) => [c, 30] as const)]);
 * emergingHotspots([quiet, quiet, quiet, burst], area, { k: 1 })[0].pattern // 'new-hot'
 */
export function emergingHotspots(
  windows: readonly ReadonlyMap<string, number>[],
  studyArea: Iterable<string>,
  opts: EmergingOptions = {},
): EmergingHotspot[] {
  const alpha = opts.alpha ?? 0.1;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const cells = [...new Set(studyArea)];
  const slices = windows.map((counts) => hotspotsForCells(counts, cells, { k: opts.k }));
  return cells.map((cell, i) => {
    const z = slices.map((slice) => slice[i]!.z);
    const bins = slices.map((slice): WindowBin => {
      const { classification, pAdjusted } = slice[i]!;
      if (classification === 'not-significant' || !(pAdjusted <= alpha)) return 'none';
      return classification.startsWith('hot') ? 'hot' : 'cold';
    });
    const trend = mannKendall(z, { alpha });
    return {
      cell,
      pattern: classifyEmergingPattern(bins, trend.trend),
      windowsHot: bins.filter((b) => b === 'hot').length,
      windowsCold: bins.filter((b) => b === 'cold').length,
      trend,
      lastZ: z.length > 0 ? z[z.length - 1]! : 0,
    };
  });
}

/**
 * The emerging hot spot pattern of one cell from its per-window verdicts (oldest first) and the
 * direction of its significant z-score trend. Definitions paraphrased from ArcGIS Pro's tool
 * reference "How Emerging Hot Spot Analysis works"
 * (https://pro.arcgis.com/en/pro-app/latest/tool-reference/space-time-pattern-mining/learnmoreemerging.htm);
 * "hot" below reads "cold" for cold spots, where a downward z trend is the intensifying one.
 * "≥ 90 %" means hot windows ≥ 0.9 × all windows (so with fewer than 10 windows, all of them).
 *
 * - New: hot in the final window and in no window before it.
 * - Consecutive: the final windows form one uninterrupted run of ≥ 2 hot windows, no hot window
 *   before the run, and < 90 % of windows hot.
 * - Intensifying: ≥ 90 % of windows hot, the final one included; significant upward trend in z.
 * - Persistent: ≥ 90 % hot, the final one included; no significant trend.
 * - Diminishing: ≥ 90 % hot, the final one included; significant downward trend in z.
 * - Sporadic: hot in the final window, on and off before it, < 90 % hot, never cold.
 * - Oscillating: hot in the final window, cold in some earlier window, < 90 % hot.
 * - Historical: not hot in the final window, but hot in ≥ 90 % of windows.
 *
 * Precedence, where ArcGIS's wording leaves overlaps: the final window's side decides first (a
 * cell cold in the final window gets a cold pattern even if it was hot in ≥ 90 % of windows, so
 * Historical applies only when the final window is neither); New and Consecutive depend on the
 * hot history alone and win over Oscillating, which thus needs hot windows before the final run;
 * with a single window New wins over the 90 % patterns. Otherwise the patterns are disjoint.
 * @example classifyEmergingPattern(['none', 'hot', 'none', 'hot'], 'none') // 'sporadic-hot'
 */
export function classifyEmergingPattern(bins: readonly WindowBin[], trend: TrendDirection): EmergingPattern {
  const final = bins[bins.length - 1];
  if (final === 'hot' || final === 'cold') return `${patternOfSide(bins, final, trend)}-${final}`;
  const historical = (['hot', 'cold'] as const).find((side) => isMostly(bins, side));
  return historical ? `historical-${historical}` : 'no-pattern';
}

/** Pattern of a cell whose final window is significant on `side`. */
function patternOfSide(bins: readonly WindowBin[], side: Side, trend: TrendDirection): PatternBase {
  const count = bins.filter((b) => b === side).length;
  if (count === 1) return 'new';
  if (isMostly(bins, side)) {
    // Intensifying means more extreme: z rising for a hot spot, falling for a cold spot.
    const stronger = side === 'hot' ? 'up' : 'down';
    if (trend === 'none') return 'persistent';
    return trend === stronger ? 'intensifying' : 'diminishing';
  }
  if (trailingRun(bins, side) === count) return 'consecutive';
  const opposite = side === 'hot' ? 'cold' : 'hot';
  return bins.includes(opposite) ? 'oscillating' : 'sporadic';
}

/** At least 90 % of the windows on `side`, in integers so 9 of 10 is exactly enough. */
function isMostly(bins: readonly WindowBin[], side: Side): boolean {
  const count = bins.filter((b) => b === side).length;
  return bins.length > 0 && count * 10 >= bins.length * 9;
}

function trailingRun(bins: readonly WindowBin[], side: Side): number {
  let run = 0;
  for (let i = bins.length - 1; i >= 0 && bins[i] === side; i--) run++;
  return run;
}
