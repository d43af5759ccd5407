import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo, useState } from 'react';
import { Counters } from '../components/Counters.js';
import { Drawer } from '../components/Drawer.js';
import { ReportDetails } from '../components/ReportDetails.js';
import { FilterBar } from '../components/FilterBar.js';
import { Legend } from '../components/Legend.js';
import { LiveFeed } from '../components/LiveFeed.js';
import { MapTools } from '../components/MapTools.js';
import { StreamStatus } from '../components/StreamStatus.js';
import { useAnimationClock } from '../hooks/useAnimationClock.js';
import { useCounters } from '../hooks/useCounters.js';
import { useDashboard } from '../hooks/useDashboard.js';
import { useLiveLink } from '../hooks/useLiveLink.js';
import { useReportDetail } from '../hooks/useReportDetail.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import { CityMap } from '../map/CityMap.js';
import { buildLayers, LAYER_IDS } from '../map/layers.js';
import { tooltipText } from '../map/tooltip.js';
import { liveCounterRequests } from '../state/counters.js';
import { visibleFeed } from '../state/feed.js';
import { filtersKey } from '../state/filters.js';
import { hasActivePulses, pulseFrames } from '../state/pulses.js';
import { wardOptions } from '../state/reference.js';
import { parseLiveLink } from '../state/url.js';
import { showsPoints, type BBox } from '../state/view.js';

const LIVE_COUNTERS = [
  { key: 'today', label: 'counterToday' },
  { key: 'open', label: 'counterOpen' },
  { key: 'done', label: 'counterDone' },
] as const;

export interface LiveViewProps {
  lang: Lang;
  search: string;
  navigate(path: string, opts?: { replace?: boolean }): void;
}

/** The operations room's wall: the live map, every filter (kept in the URL), figures and the feed. */
export function LiveView({ lang, search, navigate }: LiveViewProps) {
  const { t } = useI18n();
  const [start] = useState(() => parseLiveLink(search));
  const [state, dispatch] = useDashboard(lang, start);
  const [camera, act] = useLiveLink(state, dispatch, search, navigate);
  const { reference, view, cells, points, filters, feed, stream, hotspots, pulses } = state;
  const now = useAnimationClock(hasActivePulses(pulses, Date.now()));
  const feedItems = useMemo(() => visibleFeed(feed, filters, Date.now()), [feed, filters]);
  const counts = useCounters(liveCounterRequests(filters, Date.now()), filtersKey(filters), stream.events);
  const wards = useMemo(() => wardOptions(reference, lang), [reference, lang]);
  const frames = useMemo(() => pulseFrames(pulses, now), [pulses, now]);
  const layers = useMemo(
    () => buildLayers({ reference, view, cells, points, hotspots, rings: { frames, frame: now } }),
    [reference, view, cells, points, hotspots, frames, now],
  );
  const onViewChange = useCallback(
    (v: { zoom: number; bounds: BBox; center: [number, number] }) => act({ type: 'view/changed', ...v }),
    [act],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const detail = useReportDetail(selected);
  const onPick = useCallback((info: PickingInfo) => {
    if (info.layer?.id === LAYER_IDS.points) setSelected((info.object as { id: string }).id);
  }, []);
  const tooltip = useCallback(
    (info: PickingInfo) => tooltipText(info.layer?.id, info.object, { t, lang: view.lang, reference }),
    [t, view.lang, reference],
  );

  return (
    <>
      <FilterBar
        categories={reference.categories}
        filters={filters}
        wards={wards}
        onToggle={(code) => act({ type: 'filters/categoryToggled', code })}
        onClear={() => act({ type: 'filters/categoriesCleared' })}
        onPeriod={(period) => act({ type: 'filters/periodSet', period })}
        onStatuses={(statuses) => act({ type: 'filters/statusesSet', statuses })}
        onWard={(ward) => act({ type: 'filters/wardSet', ward })}
      >
        <StreamStatus status={stream.status} />
      </FilterBar>
      <main className="app__main">
        <div className="app__map">
          {reference.config ? (
            <CityMap
              config={reference.config}
              layers={layers}
              camera={camera}
              onViewChange={onViewChange}
              tooltip={tooltip}
              onPick={onPick}
            />
          ) : (
            <p className="app__notice" role="status">
              {reference.status === 'failed' ? t('loadFailed', { message: reference.error ?? '' }) : t('loading')}
            </p>
          )}
          <MapTools heatmap={view.heatmap} onHeatmap={(heatmap) => act({ type: 'view/heatmapSet', heatmap })} />
          <Legend total={cells.total} showsPoints={showsPoints(view)} />
        </div>
        <div className="side">
          <Counters counts={counts} items={LIVE_COUNTERS} />
          <LiveFeed items={feedItems} reference={reference} onSelect={setSelected} />
        </div>
        {selected && (
          <Drawer title={t('drawerTitle')} onClose={() => setSelected(null)}>
            <ReportDetails load={detail} reference={reference} />
          </Drawer>
        )}
      </main>
    </>
  );
}
