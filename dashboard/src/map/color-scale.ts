/** An RGB(A) colour as deck.gl takes it. */
export type Rgba = [number, number, number, number];

export interface Bin {
  /** Smallest count in the bin. */
  min: number;
  /** Largest count in the bin, or null for the open-ended last one. */
  max: number | null;
  color: string;
}

/**
 * Fixed bins, so a colour means the same count on every screen and every day (a scale fitted
 * to the data would recolour the map whenever one hexagon changes). Colours are viridis: ordered
 * by lightness and safe for the common kinds of colour blindness.
 */
export const COUNT_BINS: readonly Bin[] = [
  { min: 1, max: 1, color: '#fde725' },
  { min: 2, max: 4, color: '#8fd744' },
  { min: 5, max: 9, color: '#35b779' },
  { min: 10, max: 19, color: '#21908d' },
  { min: 20, max: 49, color: '#31688e' },
  { min: 50, max: 99, color: '#443a83' },
  { min: 100, max: null, color: '#440154' },
];

/** `'#8c564b'` → `[140, 86, 75, alpha]`; an unreadable colour comes out mid-grey, never black. */
export function hexToRgba(hex: string, alpha = 255): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [128, 128, 128, alpha];
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), alpha];
}

export function binForCount(count: number): Bin {
  return COUNT_BINS.findLast((b) => count >= b.min) ?? COUNT_BINS[0]!;
}

export function colorForCount(count: number, alpha = 255): Rgba {
  return hexToRgba(binForCount(count).color, alpha);
}

/** `"2–4"`, `"≥ 100"`: the legend text of a bin. */
export function binLabel(bin: Bin): string {
  if (bin.max === null) return `≥ ${bin.min}`;
  return bin.min === bin.max ? String(bin.min) : `${bin.min}–${bin.max}`;
}
