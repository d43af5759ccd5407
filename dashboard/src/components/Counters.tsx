import type { Counts } from '../hooks/useCounters.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { MessageKey } from '../i18n/messages.js';
import type { CounterKey } from '../state/counters.js';

export interface CountersProps {
  counts: Counts;
  items: readonly { key: CounterKey; label: MessageKey }[];
  /** A line under the figures, e.g. the share resolved. */
  note?: string;
}

/** Big figures for a wall screen; a dash until the first answer, never a misleading 0. */
export function Counters({ counts, items, note }: CountersProps) {
  const { t, lang } = useI18n();
  const format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <section className="counters" aria-label={t('countersLabel')}>
      <dl className="counters__list">
        {items.map(({ key, label }) => (
          <div key={key} className={`counter counter--${key}`} data-testid={`counter-${key}`} data-count={counts[key]}>
            <dt>{t(label)}</dt>
            <dd>{counts[key] === undefined ? '—' : format.format(counts[key])}</dd>
          </div>
        ))}
      </dl>
      {note && <p className="counters__note">{note}</p>}
    </section>
  );
}
