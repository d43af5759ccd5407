/** A label to place: where it is anchored (centre) and how much it matters. */
export interface PlaceableLabel {
  position: [number, number];
  /** Higher is placed first: a big ward's name wins over a small neighbour's. */
  priority: number;
}

export interface LabelMetrics {
  fontSizePx: number;
  /** Space kept free around each label, in pixels. */
  paddingPx: number;
}

// Average advance of a glyph in the semi-bold sans-serif fonts we ask for, as a share of the font size.
const GLYPH_WIDTH_EM = 0.65;
const TILE_SIZE = 512;

/**
 * Which labels fit at a zoom without overlapping, greedily in priority order. Distances between
 * fixed points on a web-mercator map depend only on the zoom, so the answer does not change when
 * the map pans, and it can be computed once per zoom step instead of on the GPU every frame.
 * @example placeLabels(labels, 12, (l) => l.name, { fontSizePx: 12, paddingPx: 4 })
 */
export function placeLabels<L extends PlaceableLabel>(
  labels: readonly L[],
  zoom: number,
  textOf: (label: L) => string,
  metrics: LabelMetrics,
): L[] {
  const scale = TILE_SIZE * 2 ** zoom;
  const placed: { label: L; box: Box }[] = [];
  const byPriority = [...labels].sort((a, b) => b.priority - a.priority);
  for (const label of byPriority) {
    const box = boxOf(label, textOf(label), scale, metrics);
    if (!placed.some((p) => overlaps(p.box, box))) placed.push({ label, box });
  }
  return placed.map((p) => p.label);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boxOf(label: PlaceableLabel, text: string, scale: number, m: LabelMetrics): Box {
  const [x, y] = toPixels(label.position, scale);
  const halfW = (text.length * m.fontSizePx * GLYPH_WIDTH_EM) / 2 + m.paddingPx;
  const halfH = m.fontSizePx / 2 + m.paddingPx;
  return { x0: x - halfW, y0: y - halfH, x1: x + halfW, y1: y + halfH };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Web-mercator world pixels at a scale of `scale` pixels around the globe. */
function toPixels([lng, lat]: [number, number], scale: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  const x = ((lng + 180) / 360) * scale;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * scale;
  return [x, y];
}
