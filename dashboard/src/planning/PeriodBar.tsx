import type { Category } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { localName } from '../i18n/translate.js';
import { PRESET_MONTHS, type MapMode, type PlanningLink, type PresetMonths } from './link.js';

export interface PeriodBarProps {
  link: PlanningLink;
  preset: PresetMonths | null;
  categories: readonly Category[];
  mode: MapMode;
  onPreset(months: PresetMonths): void;
  onDates(dates: { from: string; to: string }): void;
  onCategory(code: string | null): void;
  onBucket(bucket: PlanningLink['bucket']): void;
  onMode(mode: MapMode): void;
}

/** The period (presets or two dates), the categories, the slider's step and the map shown. */
export function PeriodBar(props: PeriodBarProps) {
  const { link, preset, categories, mode } = props;
  const { t, lang } = useI18n();
  return (
    <div className="filters planning-bar" role="toolbar" aria-label={t('planningPeriod')}>
      <div className="filters__group" role="group" aria-label={t('planningPeriod')}>
        {PRESET_MONTHS.map((m) => (
          <button
            key={m}
            type="button"
            className="chip"
            aria-pressed={preset === m}
            data-testid={`preset-${m}`}
            onClick={() => props.onPreset(m)}
          >
            {t('planningPreset', { months: m })}
          </button>
        ))}
        <label className="planning-bar__date">
          {t('planningFrom')}
          <input
            type="date"
            value={link.from}
            max={link.to}
            data-testid="period-from"
            onChange={(e) => e.target.value && props.onDates({ from: e.target.value, to: link.to })}
          />
        </label>
        <label className="planning-bar__date">
          {t('planningTo')}
          <input
            type="date"
            value={link.to}
            min={link.from}
            data-testid="period-to"
            onChange={(e) => e.target.value && props.onDates({ from: link.from, to: e.target.value })}
          />
        </label>
      </div>
      <label className="filters__select">
        {t('planningCategories')}
        <select
          value={link.categories[0] ?? ''}
          data-testid="planning-category"
          onChange={(e) => props.onCategory(e.target.value || null)}
        >
          <option value="">{t('planningAllCategories')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {localName(c, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__select">
        {t('planningBucket')}
        <select
          value={link.bucket}
          data-testid="planning-bucket"
          onChange={(e) => props.onBucket(e.target.value === 'day' ? 'day' : 'week')}
        >
          <option value="week">{t('planningBucket_week')}</option>
          <option value="day">{t('planningBucket_day')}</option>
        </select>
      </label>
      <div className="filters__group filters__end" role="group" aria-label={t('planningMode')}>
        {(['density', 'emerging'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className="chip"
            aria-pressed={mode === m}
            data-testid={`mode-${m}`}
            onClick={() => props.onMode(m)}
          >
            {t(`planningMode_${m}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
