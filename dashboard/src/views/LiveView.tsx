import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo } from 'react';
import { FilterBar } from '../components/FilterBar.js';
import { Legend } from '../components/Legend.js';
import { LiveFeed } from '../components/LiveFeed.js';
import { StreamStatus } from '../components/StreamStatus.js';
import { useDashboard } from '../hooks/useDashboard.js';
import type { Lang } from '../i18n/messages.js';
import { useI18n } from '../i18n/I18nContext.js';
import { CityMap } from '../map/CityMap.js';
import { buildLayers } from '../map/layers.js';
import { tooltipText } from '../map/tooltip.js';
import { visibleFeed } from '../state/feed.js';
import type { BBox } from '../state/view.js';
import { showsPoints } from '../state/view.js';

/** The operations room's wall: the live map, the filters and the feed of new reports. */
export function LiveView({ lang }: { lang: Lang }) {
  const { t } = useI18n();
  const [state, dispatch] = useDashboard(lang);
  const { reference, view, cells, points, filters, feed, stream } = state;
  const feedItems = useMemo(() => visibleFeed(feed, filters, Date.now()), [feed, filters]);
  const layers = useMemo(() => buildLayers({ reference, view, cells, points }), [reference, view, cells, points]);
  const onViewChange = useCallback(
    (v: { zoom: number; bounds: BBox }) => dispatch({ type: 'view/changed', ...v }),
    [dispatch],
  );
  const tooltip = useCallback(
    (info: PickingInfo) => tooltipText(info.layer?.id, info.object, { t, lang: view.lang, reference }),
    [t, view.lang, reference],
  );

  return (
    <>
      <FilterBar
        categories={reference.categories}
        filters={filters}
        onToggle={(code) => dispatch({ type: 'filters/categoryToggled', code })}
        onClear={() => dispatch({ type: 'filters/categoriesCleared' })}
        onPeriod={(period) => dispatch({ type: 'filters/periodSet', period })}
      >
        <StreamStatus status={stream.status} />
      </FilterBar>
      <main className="app__main">
        <div className="app__map">
          {reference.config ? (
            <CityMap config={reference.config} layers={layers} onViewChange={onViewChange} tooltip={tooltip} />
          ) : (
            <p className="app__notice" role="status">
              {reference.status === 'failed' ? t('loadFailed', { message: reference.error ?? '' }) : t('loading')}
            </p>
          )}
          <Legend total={cells.total} showsPoints={showsPoints(view)} />
        </div>
        <LiveFeed items={feedItems} reference={reference} />
      </main>
    </>
  );
}
