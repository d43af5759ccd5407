import type { TrendBucket } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { PRESETS, type PeriodPreset } from './view-state.js';

interface Props {
  preset: PeriodPreset;
  bucket: TrendBucket;
  onPreset(p: PeriodPreset): void;
  onBucket(b: TrendBucket): void;
}

/** The period of every figure on the page, and whether the charts draw days or weeks. */
export function PeriodPicker({ preset, bucket, onPreset, onBucket }: Props) {
  const { t } = useI18n();
  return (
    <div className="units-period">
      <fieldset className="units-toggle" data-testid="units-period">
        <legend>{t('unitsPeriod')}</legend>
        {PRESETS.map((p) => (
          <button key={p} type="button" aria-pressed={p === preset} data-preset={p} onClick={() => onPreset(p)}>
            {t(`unitsPreset_${p}`)}
          </button>
        ))}
      </fieldset>
      <fieldset className="units-toggle" data-testid="units-bucket">
        <legend>{t('unitsBucket')}</legend>
        {(['day', 'week'] as const).map((b) => (
          <button key={b} type="button" aria-pressed={b === bucket} data-bucket={b} onClick={() => onBucket(b)}>
            {t(`unitsBucket_${b}`)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
