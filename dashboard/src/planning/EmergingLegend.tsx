import type { EmergingResponse } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { legendEntries, patternStyle } from './emerging.js';

/** Each pattern present with its symbol, its outline width and its colour: three cues, not one. */
export function EmergingLegend({ emerging }: { emerging: EmergingResponse | null }) {
  const { t } = useI18n();
  const entries = emerging ? legendEntries(emerging.cells) : [];
  return (
    <section className="emerging-legend" aria-labelledby="emerging-title" data-testid="emerging-legend">
      <h2 id="emerging-title">{t('emergingTitle')}</h2>
      <p className="legend__hint">{t('emergingHint')}</p>
      {!emerging ? (
        <p role="status">{t('emergingLoading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('emergingEmpty')}</p>
      ) : (
        <ul className="emerging-legend__list">
          {entries.map(({ pattern, cells }) => {
            const s = patternStyle(pattern)!;
            return (
              <li key={pattern} data-testid="emerging-entry" data-pattern={pattern}>
                <span
                  className="emerging-legend__swatch"
                  style={{ borderColor: s.color, borderWidth: s.widthPx, color: s.color }}
                  aria-hidden="true"
                >
                  {s.symbol}
                </span>
                <span>
                  {t(`pattern_${s.base}`)} — {s.hot ? t('emergingHot') : t('emergingCold')}
                </span>
                <span className="emerging-legend__count">{t('emergingCells', { count: cells })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
