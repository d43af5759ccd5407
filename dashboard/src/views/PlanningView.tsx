import type { PickingInfo } from '@deck.gl/core';
import { resolutionForZoom } from '@matthan/geo';
import type { CellCount } from '@matthan/server/contracts';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useReference } from '../hooks/useReference.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import { CityMap } from '../map/CityMap.js';
import { localName } from '../i18n/translate.js';
import { busiestCells, wardIndex, wardOfCell } from '../planning/busiest.js';
import { BusyCells } from '../planning/BusyCells.js';
import { CellPanel } from '../planning/CellPanel.js';
import { EmergingLegend } from '../planning/EmergingLegend.js';
import { currentCells } from '../planning/frames.js';
import { useDrillLoader, useEmerging, useMonthly, usePlayback, useSeriesLoader } from '../planning/hooks.js';
import { buildPlanningLayers, PLANNING_LAYER_IDS } from '../planning/layers.js';
import {
  parsePlanningLink,
  periodFilter,
  planningSearch,
  presetOf,
  presetPeriod,
  type PlanningLink,
} from '../planning/link.js';
import { PeriodBar } from '../planning/PeriodBar.js';
import { ScaleLegend } from '../planning/ScaleLegend.js';
import { stableScale } from '../planning/stable-scale.js';
import { initialPlanning, planningReducer } from '../planning/store.js';
import { TimeSlider } from '../planning/TimeSlider.js';
import { trendChart } from '../planning/trends.js';
import { TrendsChart } from '../planning/TrendsChart.js';
import '../planning/planning.css';

export interface PlanningViewProps {
  lang: Lang;
  search: string;
  navigate(path: string, opts?: { replace?: boolean }): void;
}

/** The hexagons the slider shows: coarse enough to count, fine enough to place (res 6–9). */
const seriesResolution = (zoom: number) => Math.max(6, Math.min(9, resolutionForZoom(zoom)));

/** The period's link kept in the address: written on every change, read back on back/forward. */
function usePlanningLink(search: string, navigate: PlanningViewProps['navigate']) {
  const [link, setLink] = useState<PlanningLink>(() => parsePlanningLink(search, Date.now()));
  const first = useRef(true);
  useEffect(() => {
    navigate(`/planning?${planningSearch(link)}`, { replace: first.current });
    first.current = false;
  }, [link, navigate]);
  useEffect(() => {
    const parsed = parsePlanningLink(search, Date.now());
    setLink((current) => (planningSearch(parsed) === planningSearch(current) ? current : parsed));
  }, [search]);
  return [link, setLink] as const;
}

/** /planning — the period's heatmap played back on a fixed scale, a hexagon's drill-down, trends, emerging hotspots. */
export function PlanningView({ lang, search, navigate }: PlanningViewProps) {
  const { t } = useI18n();
  const reference = useReference();
  const [link, setLink] = usePlanningLink(search, navigate);
  const mode = link.mode;
  const [zoom, setZoom] = useState<number | null>(null);
  const [state, dispatch] = useReducer(planningReducer, initialPlanning);
  const { frames, drill } = state;
  const filter = useMemo(() => periodFilter(link), [link]);
  const res = seriesResolution(zoom ?? reference.config?.zoom ?? 11);
  useSeriesLoader(res, link.bucket, filter, dispatch);
  usePlayback(frames.playing, dispatch);
  useEffect(() => dispatch({ type: 'drill/cellSelected', cell: link.cell }), [link.cell]);
  useDrillLoader(state, filter, dispatch);
  const monthly = useMonthly(filter);
  const chart = useMemo(() => (monthly ? trendChart(monthly, reference.categoryByCode) : null), [monthly, reference]);
  const emerging = useEmerging(mode === 'emerging', filter);
  const scale = useMemo(() => stableScale(frames.max), [frames.max]);
  const wards = useMemo(() => wardIndex(reference.wards), [reference.wards]);
  const wardOf = useCallback(
    (cell: string) => reference.wardByCode.get(wardOfCell(wards, cell) ?? '') ?? null,
    [wards, reference.wardByCode],
  );
  const busiest = useMemo(() => busiestCells(frames.frames, 5), [frames.frames]);
  const place = link.cell ? wardOf(link.cell) : null;
  const layers = useMemo(
    () =>
      buildPlanningLayers({
        reference,
        lang,
        zoom: zoom ?? 11,
        mode,
        cells: currentCells(frames),
        scale,
        version: frames.version,
        emerging: emerging?.cells ?? [],
        selected: link.cell,
      }),
    [reference, lang, zoom, mode, frames, scale, emerging, link.cell],
  );
  const update = useCallback((patch: Partial<PlanningLink>) => setLink((l) => ({ ...l, ...patch })), [setLink]);
  const onPick = useCallback(
    (info: PickingInfo) => {
      const id = info.layer?.id;
      if (id === PLANNING_LAYER_IDS.cells || id === PLANNING_LAYER_IDS.emerging)
        update({ cell: (info.object as { cell: string }).cell });
    },
    [update],
  );
  const tooltip = useCallback(
    (info: PickingInfo) =>
      info.layer?.id === PLANNING_LAYER_IDS.cells
        ? t('tooltipCell', { count: (info.object as CellCount).count })
        : null,
    [t],
  );
  const onViewChange = useCallback((v: { zoom: number }) => setZoom(v.zoom), []);

  return (
    <>
      <PeriodBar
        link={link}
        preset={presetOf(link, Date.now())}
        categories={reference.categories}
        mode={mode}
        onPreset={(months) => update(presetPeriod(months, Date.now()))}
        onDates={(dates) => update(dates.from <= dates.to ? dates : { from: dates.to, to: dates.from })}
        onCategory={(code) => update({ categories: code ? [code] : [] })}
        onBucket={(bucket) => update({ bucket })}
        onMode={(m) => update({ mode: m })}
      />
      <main className="app__main planning" data-testid="planning-view">
        <h2 className="visually-hidden">{t('planningTitle')}</h2>
        <div className="planning__map">
          <div className="app__map">
            {reference.config ? (
              <CityMap
                config={reference.config}
                layers={layers}
                onViewChange={onViewChange}
                tooltip={tooltip}
                onPick={onPick}
                label="planningMapLabel"
              />
            ) : (
              <p className="app__notice" role="status">
                {reference.status === 'failed' ? t('loadFailed', { message: reference.error ?? '' }) : t('loading')}
              </p>
            )}
            {mode === 'density' && <ScaleLegend scale={scale} max={frames.max} />}
          </div>
          {mode === 'density' && (
            <TimeSlider
              frames={frames}
              bucket={link.bucket}
              onIndex={(index) => dispatch({ type: 'frames/set', index })}
              onPlay={() => dispatch({ type: 'frames/playToggled' })}
            />
          )}
        </div>
        <aside className="planning-side">
          {mode === 'emerging' && <EmergingLegend emerging={emerging} />}
          <CellPanel
            drill={drill}
            filter={filter}
            categoryByCode={reference.categoryByCode}
            place={place ? localName(place, lang) : null}
            onMore={() => dispatch({ type: 'drill/moreRequested' })}
            onClose={() => update({ cell: null })}
          />
          {!link.cell && <BusyCells cells={busiest} wardOf={wardOf} onSelect={(cell) => update({ cell })} />}
          <TrendsChart chart={chart} categoryByCode={reference.categoryByCode} />
        </aside>
      </main>
    </>
  );
}
