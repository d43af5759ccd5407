import type { Category, ReportStatus } from '@matthan/server/contracts';
import { ReportStatus as Statuses } from '@matthan/server/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { localName } from '../i18n/translate.js';
import { PERIODS, type FiltersState, type Period } from '../state/filters.js';
import type { WardOption } from '../state/reference.js';

export interface FilterBarProps {
  categories: readonly Category[];
  filters: FiltersState;
  onToggle(code: string): void;
  onClear(): void;
  onPeriod(period: Period): void;
  /** Status and ward pickers appear when these are given (the operations view). */
  wards?: readonly WardOption[];
  onStatuses?(statuses: ReportStatus[]): void;
  onWard?(ward: string | null): void;
  onOverdue?(overdue: boolean): void;
  /** Shown at the end of the bar (the stream status). */
  children?: ReactNode;
}

/** Category chips (none chosen = all), the period, and for staff the status and the ward. */
export function FilterBar(props: FilterBarProps) {
  const { categories, filters, onToggle, onClear, onPeriod, wards, onStatuses, onWard, onOverdue, children } = props;
  const { t, lang } = useI18n();
  const all = filters.categories.length === 0;
  return (
    <div className="filters">
      <div className="filters__group" role="group" aria-label={t('filterTitle')}>
        <button type="button" className="chip" aria-pressed={all} onClick={onClear}>
          {t('filterAll')}
        </button>
        {categories.map((c) => (
          <button
            key={c.code}
            type="button"
            className="chip"
            aria-pressed={filters.categories.includes(c.code)}
            onClick={() => onToggle(c.code)}
          >
            <span className="dot" style={{ background: c.color }} />
            {localName(c, lang)}
          </button>
        ))}
      </div>
      <label className="filters__select">
        {t('periodTitle')}
        <select data-testid="filter-period" value={filters.period} onChange={(e) => onPeriod(e.target.value as Period)}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`period_${p}`)}
            </option>
          ))}
        </select>
      </label>
      {onStatuses && (
        <label className="filters__select">
          {t('statusTitle')}
          <select
            data-testid="filter-status"
            value={filters.statuses.length === 1 ? filters.statuses[0] : ''}
            onChange={(e) => onStatuses(e.target.value ? [e.target.value as ReportStatus] : [])}
          >
            <option value="">{t('statusAll')}</option>
            {Statuses.options.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {onWard && wards && (
        <label className="filters__select">
          {t('wardTitle')}
          <select
            data-testid="filter-ward"
            value={filters.wards[0] ?? ''}
            onChange={(e) => onWard(e.target.value || null)}
          >
            <option value="">{t('wardAll')}</option>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {onOverdue && (
        <button
          type="button"
          className="chip chip--overdue"
          aria-pressed={filters.overdue}
          data-testid="filter-overdue"
          title={t('overdueOnlyTitle')}
          onClick={() => onOverdue(!filters.overdue)}
        >
          {t('overdueOnly')}
        </button>
      )}
      <div className="filters__end">{children}</div>
    </div>
  );
}
