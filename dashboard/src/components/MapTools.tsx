import { useI18n } from '../i18n/I18nContext.js';

/** Switches over the map: the heatmap, and the key of the hotspot outlines. */
export function MapTools({ heatmap, onHeatmap }: { heatmap: boolean; onHeatmap(on: boolean): void }) {
  const { t } = useI18n();
  return (
    <div className="map-tools">
      <button
        type="button"
        className="chip"
        data-testid="heatmap-toggle"
        aria-pressed={heatmap}
        title={t('heatmapTitle')}
        onClick={() => onHeatmap(!heatmap)}
      >
        {t('heatmapOn')}
      </button>
      <p className="map-tools__key">
        <span className="swatch-line swatch-line--hot" /> {t('hotspot_hot')}
        <span className="swatch-line swatch-line--cold" /> {t('hotspot_cold')}
        <span className="map-tools__hint">{t('hotspotsLegend')}</span>
        <span className="map-tools__hint" data-testid="emerging-key">
          {t('emergingKey')}
        </span>
      </p>
    </div>
  );
}
