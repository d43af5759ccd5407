import type { Category } from '@matthan/server/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { localName } from '../i18n/translate.js';
import { PERIODS, type FiltersState, type Period } from '../state/filters.js';

export interface FilterBarProps {
  categories: readonly Category[];
  filters: FiltersState;
  onToggle(code: string): void;
  onClear(): void;
  onPeriod(period: Period): void;
  /** Shown at the end of the bar (the stream status). */
  children?: ReactNode;
}

/** Category chips (none chosen = all) and the period. */
export function FilterBar({ categories, filters, onToggle, onClear, onPeriod, children }: FilterBarProps) {
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
      <label className="filters__period">
        {t('periodTitle')}
        <select value={filters.period} onChange={(e) => onPeriod(e.target.value as Period)}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`period_${p}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="filters__end">{children}</div>
    </div>
  );
}
