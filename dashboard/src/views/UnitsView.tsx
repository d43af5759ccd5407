import { useCallback, useMemo, useReducer } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import { useSession } from '../session/SessionContext.js';
import { LeaderboardTable } from '../units/LeaderboardTable.js';
import type { Load } from '../units/load.js';
import { OverdueList } from '../units/OverdueList.js';
import { PeriodPicker } from '../units/PeriodPicker.js';
import { trendRows } from '../units/trend-chart.js';
import { TrendCharts } from '../units/TrendCharts.js';
import { useUnitsData } from '../units/useUnitsData.js';
import { unitsViewReducer } from '../units/view-reducer.js';
import { initialUnitsView } from '../units/view-state.js';
import '../units/units.css';

/** /units — the per-unit leaderboard, the trend charts and the overdue list. */
export function UnitsView() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  // Unit staff get their own unit's figures from the server; the page says so rather than offer the city.
  const ownUnit = session.user?.role === 'unit_staff' ? session.user.unitCode : null;
  const [view, dispatch] = useReducer(unitsViewReducer, { ...initialUnitsView, trendUnit: ownUnit });
  const data = useUnitsData(view);
  const nameOf = useCallback(
    (code: string) => {
      const unit = data.units.get(code);
      return unit ? localName(unit, lang) : code;
    },
    [data.units, lang],
  );
  const rows = useMemo(() => trendRows(data.trend.data?.points ?? []), [data.trend.data]);
  const stats = data.stats.data;
  return (
    <main className="page units-page" data-testid="units-view">
      <header className="units-head">
        <h2>{t('unitsTitle')}</h2>
        {ownUnit && <p data-testid="units-own">{t('unitsOwnUnit', { unit: nameOf(ownUnit) })}</p>}
        <PeriodPicker
          preset={view.preset}
          bucket={view.bucket}
          onPreset={(preset) => dispatch({ type: 'preset', preset })}
          onBucket={(bucket) => dispatch({ type: 'bucket', bucket })}
        />
      </header>
      <section className="units-panel units-panel--board" aria-labelledby="units-board-title">
        <h3 id="units-board-title">{t('unitsLeaderboard')}</h3>
        <Status load={data.stats} testId="leaderboard-status" />
        {stats && (
          <LeaderboardTable
            units={stats.units}
            sort={view.sort}
            caption={t('unitsLeaderboardCaption', {
              from: formatTime(stats.from, lang),
              to: formatTime(stats.to, lang),
            })}
            nameOf={nameOf}
            onSort={(column) => dispatch({ type: 'sort', column })}
            onPick={ownUnit ? undefined : (unit) => dispatch({ type: 'trendUnit', unit })}
            picked={view.trendUnit}
          />
        )}
      </section>
      <section className="units-panel units-panel--trend" aria-labelledby="units-trend-title">
        <div className="units-panel__head">
          <h3 id="units-trend-title">{t('unitsTrendTitle')}</h3>
          {!ownUnit && (
            <label className="units-unit-picker">
              <span>{t('unitsTrendOf')}</span>
              <select
                data-testid="trend-unit"
                value={view.trendUnit ?? ''}
                onChange={(e) => dispatch({ type: 'trendUnit', unit: e.target.value || null })}
              >
                <option value="">{t('unitsTrendCity')}</option>
                {(stats?.units ?? []).map((u) => (
                  <option key={u.unitCode} value={u.unitCode}>
                    {nameOf(u.unitCode)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <Status load={data.trend} testId="trend-status" />
        {data.trend.data && <TrendCharts rows={rows} bucket={data.trend.data.bucket} />}
      </section>
      <section className="units-panel units-panel--overdue" aria-labelledby="units-overdue-title">
        <h3 id="units-overdue-title">{t('unitsOverdueTitle')}</h3>
        <p className="units-sub">{t('unitsOverdueNote')}</p>
        <Status load={data.overdue} testId="overdue-status" />
        {data.overdue.data && (
          <OverdueList items={data.overdue.data.items} categories={data.categories} nameOf={nameOf} />
        )}
      </section>
    </main>
  );
}

function Status({ load, testId }: { load: Load<unknown>; testId: string }) {
  const { t } = useI18n();
  if (load.status === 'loading' && load.data === null) return <p role="status">{t('unitsLoading')}</p>;
  if (load.status !== 'failed') return null;
  return (
    <p className="form-error" role="alert" data-testid={testId} data-code={load.error.code}>
      {load.error.message}
    </p>
  );
}
