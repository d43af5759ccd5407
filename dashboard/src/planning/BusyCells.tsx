import type { WardProperties } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { localName } from '../i18n/translate.js';
import type { BusyCell } from './busiest.js';

export interface BusyCellsProps {
  cells: readonly BusyCell[];
  wardOf(cell: string): WardProperties | null;
  onSelect(cell: string): void;
}

/** The busiest hexagons of the period as buttons: the drill-down without a mouse. */
export function BusyCells({ cells, wardOf, onSelect }: BusyCellsProps) {
  const { t, lang } = useI18n();
  if (cells.length === 0) return null;
  return (
    <section className="busy-cells" aria-labelledby="busy-cells-title">
      <h2 id="busy-cells-title">{t('busiestTitle')}</h2>
      <ol className="busy-cells__list">
        {cells.map(({ cell, count }) => {
          const ward = wardOf(cell);
          return (
            <li key={cell}>
              <button
                type="button"
                className="busy-cells__button"
                data-testid="busy-cell"
                data-cell={cell}
                onClick={() => onSelect(cell)}
              >
                <span>{ward ? localName(ward, lang) : t('unknownWard')}</span>
                <span>{t('busiestCount', { count })}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
