import { useI18n } from '../i18n/I18nContext.js';
import { binLabel, COUNT_BINS } from '../map/color-scale.js';

/** The fixed colour scale of the hexagons, and how many reports the loaded area holds. */
export function Legend({ total, showsPoints }: { total: number; showsPoints: boolean }) {
  const { t } = useI18n();
  return (
    <aside className="legend" aria-label={t('legendTitle')}>
      <h2 className="legend__title">{t('legendTitle')}</h2>
      <ol className="legend__bins">
        {COUNT_BINS.map((bin) => (
          <li key={bin.min}>
            <span className="legend__swatch" style={{ background: bin.color }} />
            {binLabel(bin)}
          </li>
        ))}
      </ol>
      <p className="legend__total" data-testid="cells-total" data-total={total}>
        {t('legendTotal', { count: total })}
      </p>
      {!showsPoints && <p className="legend__hint">{t('legendPoints')}</p>}
    </aside>
  );
}
