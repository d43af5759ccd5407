import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo } from 'react';
import { FilterBar } from './components/FilterBar.js';
import { Header } from './components/Header.js';
import { Legend } from './components/Legend.js';
import { LiveFeed } from './components/LiveFeed.js';
import { useDashboard } from './hooks/useDashboard.js';
import { I18nProvider } from './i18n/I18nContext.js';
import type { Lang } from './i18n/messages.js';
import { translator } from './i18n/translate.js';
import { visibleFeed } from './state/feed.js';
import { CityMap } from './map/CityMap.js';
import { buildLayers } from './map/layers.js';
import { tooltipText } from './map/tooltip.js';
import type { BBox } from './state/view.js';
import { showsPoints } from './state/view.js';

/** Layout only: state and data come from useDashboard, drawing from the components. */
export function App() {
  const [state, dispatch] = useDashboard();
  const { reference, view, cells, points, filters, feed, stream } = state;
  const t = useMemo(() => translator(view.lang), [view.lang]);
  const feedItems = useMemo(() => visibleFeed(feed, filters, Date.now()), [feed, filters]);
  const layers = useMemo(() => buildLayers({ reference, view, cells, points }), [reference, view, cells, points]);
  const onViewChange = useCallback(
    (v: { zoom: number; bounds: BBox }) => dispatch({ type: 'view/changed', ...v }),
    [dispatch],
  );
  const onLangChange = useCallback((lang: Lang) => dispatch({ type: 'view/langSet', lang }), [dispatch]);
  const tooltip = useCallback(
    (info: PickingInfo) => tooltipText(info.layer?.id, info.object, { t, lang: view.lang, reference }),
    [t, view.lang, reference],
  );

  return (
    <I18nProvider lang={view.lang}>
      <div className="app">
        <Header status={stream.status} onLangChange={onLangChange} />
        <FilterBar
          categories={reference.categories}
          filters={filters}
          onToggle={(code) => dispatch({ type: 'filters/categoryToggled', code })}
          onClear={() => dispatch({ type: 'filters/categoriesCleared' })}
          onPeriod={(period) => dispatch({ type: 'filters/periodSet', period })}
        />
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
      </div>
    </I18nProvider>
  );
}
