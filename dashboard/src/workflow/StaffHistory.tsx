import type { TimelineEntry, Unit } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import { historyLines } from './history.js';

/** Every change of the report, with the note, reason or transfer it carried; oldest first. */
export function StaffHistory({ timeline, units }: { timeline: readonly TimelineEntry[]; units: readonly Unit[] }) {
  const { t, lang } = useI18n();
  const unitName = (code: string) => {
    const u = units.find((x) => x.code === code);
    return u ? localName(u, lang) : code;
  };
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">{t('staffTimeline')}</h3>
      <ol className="timeline" data-testid="staff-timeline">
        {historyLines(timeline).map((l) => (
          <li key={l.seq} className="timeline__step" data-kind={l.kind} data-status={l.status}>
            <strong>{t(`status_${l.status}`)}</strong> <time dateTime={l.at}>{formatTime(l.at, lang)}</time>
            {l.transfer && (
              <span>
                {' '}
                {unitName(l.transfer.from)} → {unitName(l.transfer.to)}
              </span>
            )}
            {l.text && <q>{l.text}</q>}
          </li>
        ))}
      </ol>
    </section>
  );
}
