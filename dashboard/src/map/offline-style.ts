import type { StyleSpecification } from 'maplibre-gl';

/** The land colour behind the wards; also what the browser test treats as "nothing drawn". */
export const BACKGROUND_COLOR = '#e8ecef';

/**
 * A basemap that needs no network: a single background layer. It has no sources, no glyphs and
 * no sprite, so MapLibre makes no request at all; the wards and their names are drawn by deck.gl.
 */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'matthan-offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }],
  };
}
