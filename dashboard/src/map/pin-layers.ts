import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { LngLat } from '@matthan/server/contracts';
import type { Lang } from '../i18n/messages.js';
import type { ReferenceState } from '../state/reference.js';
import { wardFill, wardLabels, wardOutline } from './layers.js';

export const PIN_LAYER_ID = 'report-pin';

export interface PinLayerState {
  reference: ReferenceState;
  view: { lang: Lang; zoom: number };
  pin: LngLat | null;
}

/** The citizen's map: the wards to find one's way, and the pin where the problem is. */
export function buildPinLayers(state: PinLayerState): Layer[] {
  return [
    wardFill(state),
    wardOutline({ reference: state.reference, zoom: state.view.zoom }),
    wardLabels(state),
    pinLayer(state.pin),
  ];
}

function pinLayer(pin: LngLat | null): Layer {
  return new ScatterplotLayer<LngLat>({
    id: PIN_LAYER_ID,
    data: pin ? [pin] : [],
    getPosition: (d) => d,
    // A dark ring round a bright core reads on the pale wards and on a satellite basemap alike.
    getFillColor: [230, 57, 70, 255],
    getLineColor: [20, 24, 28, 255],
    getRadius: 11,
    radiusUnits: 'pixels',
    stroked: true,
    lineWidthMinPixels: 3,
  });
}
