import type { Category, OverdueReport } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import { latenessText } from './lateness.js';

interface Props {
  items: readonly OverdueReport[];
  categories: ReadonlyMap<string, Category>;
  nameOf(code: string): string;
}

/** Open reports past their due time, most late first; each opens in the live view's drawer. */
export function OverdueList({ items, categories, nameOf }: Props) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p data-testid="overdue-empty">{t('unitsOverdueEmpty')}</p>;
  return (
    <ol className="units-overdue" data-testid="overdue-list">
      {items.map((r) => {
        const category = categories.get(r.category);
        return (
          <li key={r.id} data-id={r.id} data-unit={r.unitCode} data-overdue-minutes={r.overdueMinutes}>
            <a href={`/?report=${encodeURIComponent(r.id)}`} className="units-overdue__link">
              <span className="units-overdue__late">{latenessText(r.overdueWorkingMinutes, t)}</span>
              <span className="units-overdue__what">
                <span className="dot" style={{ background: category?.color ?? '#888' }} aria-hidden="true" />
                {category ? localName(category, lang) : t('unknownCategory')} · {nameOf(r.unitCode)}
              </span>
              <span className="units-overdue__desc">{r.description}</span>
              {r.dueAt && (
                <span className="units-sub">
                  {t('unitsOverdueClock', {
                    due: formatTime(r.dueAt, lang),
                    hours: Math.floor(r.overdueMinutes / 60),
                  })}
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
