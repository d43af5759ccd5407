// How the emerging-hotspot map draws each pattern: colour for hot/cold (Okabe–Ito vermilion and
// blue), and a symbol and a line width per pattern, so the classes read without telling colours apart.
import type { EmergingCell, EmergingPattern } from '@matthan/server/contracts';
import { hexToRgba, type Rgba } from '../map/color-scale.js';

export type PatternBase =
  'new' | 'consecutive' | 'intensifying' | 'persistent' | 'diminishing' | 'sporadic' | 'oscillating' | 'historical';

export interface PatternStyle {
  base: PatternBase;
  hot: boolean;
  symbol: string;
  widthPx: number;
  color: string;
}

export const HOT_COLOR = '#d55e00';
export const COLD_COLOR = '#0072b2';

/** Strongest signal first: the legend lists patterns in this order. */
export const PATTERN_ORDER: readonly PatternBase[] = [
  'new',
  'intensifying',
  'persistent',
  'consecutive',
  'sporadic',
  'oscillating',
  'diminishing',
  'historical',
];

const SYMBOL: Record<PatternBase, { symbol: string; widthPx: number }> = {
  new: { symbol: '✚', widthPx: 3 },
  intensifying: { symbol: '▲', widthPx: 4 },
  persistent: { symbol: '■', widthPx: 3 },
  consecutive: { symbol: '»', widthPx: 2.5 },
  sporadic: { symbol: '◆', widthPx: 1.5 },
  oscillating: { symbol: '≈', widthPx: 1.5 },
  diminishing: { symbol: '▼', widthPx: 1.5 },
  historical: { symbol: '○', widthPx: 1 },
};

/** Every symbol the map may draw, for the text layer's character set. */
export const PATTERN_SYMBOLS: readonly string[] = Object.values(SYMBOL).map((s) => s.symbol);

/** `'intensifying-hot'` → its style; `'no-pattern'` → null (not drawn). */
export function patternStyle(pattern: EmergingPattern): PatternStyle | null {
  const m = /^([a-z]+)-(hot|cold)$/.exec(pattern);
  if (!m) return null;
  const base = m[1] as PatternBase;
  const hot = m[2] === 'hot';
  return { base, hot, ...SYMBOL[base], color: hot ? HOT_COLOR : COLD_COLOR };
}

export function patternRgba(pattern: EmergingPattern, alpha = 255): Rgba {
  return hexToRgba(patternStyle(pattern)?.color ?? '', alpha);
}

/** The patterns present, in legend order (hot before cold), each with how many cells show it. */
export function legendEntries(cells: readonly EmergingCell[]): { pattern: EmergingPattern; cells: number }[] {
  const counts = new Map<EmergingPattern, number>();
  for (const c of cells) if (patternStyle(c.pattern)) counts.set(c.pattern, (counts.get(c.pattern) ?? 0) + 1);
  const rank = (p: EmergingPattern) => {
    const s = patternStyle(p)!;
    return PATTERN_ORDER.indexOf(s.base) * 2 + (s.hot ? 0 : 1);
  };
  return [...counts].sort((a, b) => rank(a[0]) - rank(b[0])).map(([pattern, n]) => ({ pattern, cells: n }));
}

/** How many weekly windows the emerging analysis takes for a period: its weeks, within the API's 3–52. */
export function emergingWindows(fromMs: number, toMs: number): number {
  return Math.max(3, Math.min(52, Math.round((toMs - fromMs) / (7 * 86_400_000))));
}
