import './maplibre-worker.js';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { MapConfig } from '../api/types.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { MessageKey } from '../i18n/messages.js';
import { cameraMoved, type Camera } from '../state/url.js';
import type { BBox } from '../state/view.js';
import { offlineStyle } from './offline-style.js';

export interface CityMapProps {
  config: MapConfig;
  layers: Layer[];
  onViewChange(view: { zoom: number; bounds: BBox; center: [number, number] }): void;
  /** Where to look; the map jumps there when it changes by more than a link's rounding. */
  camera?: Camera | null;
  tooltip?(info: PickingInfo): string | null;
  /** A click on something deck.gl drew (a report, a hexagon). */
  onPick?(info: PickingInfo): void;
  /** A tap or click on the map, as `[lng, lat]`. */
  onClick?(lngLat: [number, number]): void;
  /** What a screen reader calls the map; the operations map by default. */
  label?: MessageKey;
}

/** MapLibre for the camera and the (optional) basemap, deck.gl on top for everything we draw. */
export function CityMap(props: CityMapProps) {
  const { config, layers, onViewChange, tooltip, onClick, onPick, camera = null, label = 'mapLabel' } = props;
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const overlay = useRef<MapLibreOverlay | null>(null);
  // Callbacks change every render; the map's listeners read the latest through refs.
  const latest = useRef({ onViewChange, tooltip, onClick, onPick, camera });
  latest.current = { onViewChange, tooltip, onClick, onPick, camera };

  useEffect(() => {
    if (!container.current) return;
    const m = createMap(container.current, config, latest.current.camera);
    const deck = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      getTooltip: (info) => latest.current.tooltip?.(info) ?? null,
      onClick: (info) => {
        if (info.object) latest.current.onPick?.(info);
      },
    });
    m.addControl(deck);
    overlay.current = deck;
    const report = () =>
      latest.current.onViewChange({ zoom: m.getZoom(), bounds: boundsOf(m), center: m.getCenter().toArray() });
    m.on('load', report);
    m.on('moveend', report);
    m.on('click', (e) => latest.current.onClick?.([e.lngLat.lng, e.lngLat.lat]));
    setMap(m);
    return () => {
      overlay.current = null;
      setMap(null);
      m.remove();
    };
  }, [config]);

  useEffect(() => overlay.current?.setProps({ layers }), [layers, map]);
  useEffect(() => {
    if (!map || !camera) return;
    if (cameraMoved(camera, { center: map.getCenter().toArray(), zoom: map.getZoom() })) map.jumpTo(camera);
  }, [map, camera]);
  useEffect(() => map?.getCanvas().setAttribute('aria-label', t(label)), [map, t, label]);

  return (
    <div className="city-map" data-testid="map">
      <div ref={container} className="city-map__canvas" />
      <div className="city-map__zoom">
        <button type="button" title={t('zoomIn')} aria-label={t('zoomIn')} onClick={() => map?.zoomIn()}>
          +
        </button>
        <button type="button" title={t('zoomOut')} aria-label={t('zoomOut')} onClick={() => map?.zoomOut()}>
          −
        </button>
      </div>
    </div>
  );
}

function createMap(container: HTMLElement, config: MapConfig, camera: Camera | null): MapLibreMap {
  return new MapLibreMap({
    container,
    style: config.basemapStyleUrl ?? offlineStyle(),
    center: camera?.center ?? config.center,
    zoom: camera?.zoom ?? config.zoom,
    // A flat city map: tilting and rotating only confuse hexagon counts.
    maxPitch: 0,
    dragRotate: false,
    // Only a remote basemap has third-party data to credit; the offline one is ours.
    attributionControl: config.basemapStyleUrl ? { compact: true } : false,
  });
}

function boundsOf(m: MapLibreMap): BBox {
  const b = m.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}
