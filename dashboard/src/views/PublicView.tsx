import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useEffect, useMemo } from 'react';
import { Counters } from '../components/Counters.js';
import { FilterBar } from '../components/FilterBar.js';
import { Legend } from '../components/Legend.js';
import { useCounters } from '../hooks/useCounters.js';
import { useDashboard } from '../hooks/useDashboard.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import { CityMap } from '../map/CityMap.js';
import { buildLayers } from '../map/layers.js';
import { tooltipText } from '../map/tooltip.js';
import { publicCounterRequests, resolvedShare } from '../state/counters.js';
import { filtersKey } from '../state/filters.js';
import { showsPoints, type BBox } from '../state/view.js';

const PUBLIC_ITEMS = [
  { key: 'total', label: 'outcomeTotal' },
  { key: 'open', label: 'outcomeOpen' },
  { key: 'done', label: 'outcomeDone' },
] as const;

/** The public map is the same for everyone: no team events, whoever is signed in. */
const NO_STAFF = { known: true, userId: null, seesTeams: false };

/** /public — the transparency map: where people reported, and how much of it was fixed. */
export function PublicView({ lang }: { lang: Lang }) {
  const { t } = useI18n();
  const [state, dispatch] = useDashboard(lang, NO_STAFF);
  const { reference, view, cells, points, filters } = state;
  // A month is what a resident asks about ("was anything done lately?"); all time hides change.
  useEffect(() => dispatch({ type: 'filters/periodSet', period: '30d' }), [dispatch]);
  const counts = useCounters(publicCounterRequests(filters, Date.now()), filtersKey(filters), state.stream.events);
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
      />
      <main className="app__main app__main--public">
        <div className="app__map">
          {reference.config && (
            <CityMap config={reference.config} layers={layers} onViewChange={onViewChange} tooltip={tooltip} />
          )}
          <Legend total={cells.total} showsPoints={showsPoints(view)} />
        </div>
        <aside className="public-panel">
          <h2>{t('publicTitle')}</h2>
          <p>{t('publicIntro', { period: t(`period_${filters.period}`) })}</p>
          <Counters
            counts={counts}
            items={PUBLIC_ITEMS}
            note={counts.total === undefined ? undefined : t('outcomeShare', { share: resolvedShare(counts) })}
          />
        </aside>
      </main>
    </>
  );
}
