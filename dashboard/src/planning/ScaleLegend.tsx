import { useI18n } from '../i18n/I18nContext.js';
import { binLabel, type Bin } from '../map/color-scale.js';

/** The slider's fixed scale: the same bins on every frame, from 1 to the period's largest count. */
export function ScaleLegend({ scale, max }: { scale: readonly Bin[]; max: number }) {
  const { t } = useI18n();
  return (
    <aside className="legend planning-legend" aria-label={t('scaleTitle')} data-testid="scale-legend" data-max={max}>
      <h2 className="legend__title">{t('scaleTitle')}</h2>
      {scale.length === 0 ? (
        <p className="legend__hint">{t('scaleEmpty')}</p>
      ) : (
        <ol className="legend__bins" data-testid="scale-bins">
          {scale.map((bin) => (
            <li key={bin.min}>
              <span className="legend__swatch" style={{ background: bin.color }} />
              {binLabel(bin)}
            </li>
          ))}
        </ol>
      )}
      <p className="legend__hint">{t('scaleFixed', { max })}</p>
    </aside>
  );
}
