import type { Category } from '@matthan/server/contracts';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import { exportLinks, type DrillState } from './drill.js';

export interface CellPanelProps {
  drill: DrillState;
  filter: Record<string, string>;
  categoryByCode: ReadonlyMap<string, Category>;
  /** The name of the ward at the cell's centre, if any. */
  place: string | null;
  onMore(): void;
  onClose(): void;
}

/** The drill-down of the selected hexagon: counts, its reports page by page, and downloads. */
export function CellPanel({ drill, filter, categoryByCode, place, onMore, onClose }: CellPanelProps) {
  const { t, lang } = useI18n();
  const cell = drill.cell;
  const heading = useRef<HTMLHeadingElement>(null);
  // The opener (a hexagon, or a button of the busiest list that now goes away) loses focus:
  // the keyboard continues in the panel.
  useEffect(() => heading.current?.focus(), [cell]);
  if (!cell) return <p className="planning-side__hint">{t('planningHint')}</p>;
  const name = (code: string) => {
    const c = categoryByCode.get(code);
    return c ? localName(c, lang) : t('unknownCategory');
  };
  const b = drill.breakdown;
  return (
    <section className="cell-panel" data-testid="cell-panel" data-cell={cell} aria-labelledby="cell-panel-title">
      <header className="cell-panel__head">
        <h2 id="cell-panel-title" ref={heading} tabIndex={-1}>
          {t('drillTitle')}
        </h2>
        <button type="button" className="chip" onClick={onClose} data-testid="cell-panel-close">
          {t('drillClose')}
        </button>
      </header>
      {place && <p className="cell-panel__place">{t('drillPlace', { ward: place })}</p>}
      <p className="cell-panel__cell">{t('drillCell', { cell })}</p>
      {!b ? (
        <p role="status">{t('drillLoading')}</p>
      ) : (
        <>
          <p data-testid="drill-total" data-total={b.total}>
            <strong>{t('drillTotal', { count: b.total })}</strong>
          </p>
          <div className="cell-panel__counts">
            <CountList
              title={t('drillByCategory')}
              testId="drill-category"
              rows={b.byCategory.map((c) => [c.category, name(c.category), c.count])}
            />
            <CountList
              title={t('drillByStatus')}
              testId="drill-status"
              rows={b.byStatus.map((s) => [s.status, t(`status_${s.status}`), s.count])}
            />
          </div>
        </>
      )}
      <h3>{t('drillExport')}</h3>
      <ul className="cell-panel__exports">
        {exportLinks(cell, filter).map((l) => (
          <li key={l.href}>
            <a href={l.href} download data-testid={`export-${l.what}-${l.format}`}>
              {t(`drillExport_${l.what}`, { format: l.format === 'csv' ? 'CSV' : 'GeoJSON' })}
            </a>
          </li>
        ))}
      </ul>
      <h3>{t('drillReports')}</h3>
      <ol className="cell-panel__reports" data-testid="drill-reports">
        {drill.reports.map((r) => (
          <li key={r.id} data-testid="drill-report" data-report-id={r.id}>
            <span className="cell-panel__report-head">
              <span className="dot" style={{ background: categoryByCode.get(r.category)?.color }} />
              {name(r.category)} · {t(`status_${r.status}`)}
            </span>
            <time dateTime={r.createdAt}>{formatTime(r.createdAt, lang)}</time>
            <span className="cell-panel__description">{r.description}</span>
          </li>
        ))}
      </ol>
      {drill.nextCursor && (
        <button type="button" className="chip" onClick={onMore} disabled={drill.loadingMore} data-testid="drill-more">
          {drill.loadingMore ? t('drillLoading') : t('drillMore')}
        </button>
      )}
    </section>
  );
}

function CountList({ title, testId, rows }: { title: string; testId: string; rows: [string, string, number][] }) {
  return (
    <div>
      <h3>{title}</h3>
      <ul className="cell-panel__list">
        {rows.map(([key, label, count]) => (
          <li key={key} data-testid={testId} data-key={key} data-count={count}>
            <span>{label}</span>
            <span>{count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
