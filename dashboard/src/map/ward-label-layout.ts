import type { Lang } from '../i18n/messages.js';
import { localName } from '../i18n/translate.js';
import type { WardLabel } from '../state/reference.js';
import { placeLabels } from './label-placement.js';

export const WARD_LABEL_SIZE_PX = 12;

/** Zoom is rounded down to this step: labels change a few times per zoom level, not every frame. */
const ZOOM_STEP = 0.5;

let last: { labels: readonly WardLabel[]; lang: Lang; zoom: number; placed: WardLabel[] } | null = null;

/**
 * The ward names that fit at a zoom without overlapping. The result is reused while the inputs
 * stay the same, so deck.gl sees the same data array and does not rebuild the text geometry.
 */
export function placedWardLabels(labels: readonly WardLabel[], lang: Lang, zoom: number): WardLabel[] {
  const stepped = Math.floor(zoom / ZOOM_STEP) * ZOOM_STEP;
  if (last && last.labels === labels && last.lang === lang && last.zoom === stepped) return last.placed;
  const placed = placeLabels(labels, stepped, (l) => localName(l, lang), {
    fontSizePx: WARD_LABEL_SIZE_PX,
    paddingPx: 4,
  });
  last = { labels, lang, zoom: stepped, placed };
  return placed;
}
