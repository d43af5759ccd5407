import { useI18n } from '../i18n/I18nContext.js';
import { formatTime } from '../i18n/translate.js';
import type { TimelineStep } from '../state/timeline.js';

/** A report's public history, oldest first, times in Hà Nội. */
export function Timeline({ steps }: { steps: readonly TimelineStep[] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="timeline" data-testid="timeline">
      {steps.map((s) => (
        <li
          key={`${s.status}-${s.at}-${s.rating?.rating ?? ''}`}
          className={s.current ? 'timeline__step timeline__step--current' : 'timeline__step'}
          aria-current={s.current ? 'step' : undefined}
          data-status={s.status}
          data-rating={s.rating?.rating}
        >
          {s.rating ? (
            <strong className="timeline__rating">
              {t('timelineRated', { rating: t(`rating_${s.rating.rating}`) })}
              {s.rating.notFixed && ` — ${t('timelineNotFixed')}`}
            </strong>
          ) : (
            <strong>{t(`status_${s.status}`)}</strong>
          )}
          <time dateTime={s.at}>{formatTime(s.at, lang)}</time>
        </li>
      ))}
    </ol>
  );
}
