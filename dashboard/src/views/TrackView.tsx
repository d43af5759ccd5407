import type { Rating, ReportDetail, TimelineEntry } from '@matthan/server/contracts';
import { useCallback, useMemo, useState } from 'react';
import { RatingForm } from '../components/RatingForm.js';
import { Timeline } from '../components/Timeline.js';
import { TrackForm } from '../components/TrackForm.js';
import { useReference } from '../hooks/useReference.js';
import type { RatingOutcome } from '../hooks/useRatingForm.js';
import { useTrack } from '../hooks/useTrack.js';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import type { ReferenceState } from '../state/reference.js';
import { ratable } from '../state/rating-draft.js';
import { timelineSteps } from '../state/timeline.js';

/** /track/:code — where a citizen follows their report. */
export function TrackView({ code, navigate }: { code: string | null; navigate(path: string): void }) {
  const { t } = useI18n();
  const [tracking, reload] = useTrack(code);
  const reference = useReference();
  // What the last rating attempt came to, said above the refreshed timeline.
  const [notice, setNotice] = useState<{ code: string; outcome: RatingOutcome } | null>(null);
  const onRated = useCallback(
    (outcome: RatingOutcome) => {
      setNotice({ code: code ?? '', outcome });
      reload();
    },
    [code, reload],
  );
  const lookup = (c: string) => navigate(`/track/${encodeURIComponent(c)}`);
  return (
    <main className="page page--narrow">
      <h2>{t('trackTitle')}</h2>
      {tracking.status === 'loading' && <p role="status">{t('trackLoading')}</p>}
      {tracking.status === 'failed' && (
        <p className="form-error" role="alert" data-testid="track-error" data-code={tracking.error.code}>
          {tracking.error.message}
        </p>
      )}
      {tracking.status === 'ready' ? (
        <TrackedReport
          code={code ?? ''}
          detail={tracking.detail}
          timeline={tracking.tracked.timeline}
          ratings={tracking.tracked.ratings}
          canRate={ratable(tracking.tracked)}
          notice={notice?.code === code ? notice.outcome : null}
          onRated={onRated}
          reference={reference}
          onAnother={() => navigate('/track')}
        />
      ) : (
        tracking.status !== 'loading' && <TrackForm key={code ?? ''} initial={code ?? ''} onLookup={lookup} />
      )}
    </main>
  );
}

interface TrackedProps {
  code: string;
  detail: ReportDetail;
  timeline: readonly TimelineEntry[];
  ratings: readonly Rating[];
  canRate: boolean;
  notice: RatingOutcome | null;
  onRated(outcome: RatingOutcome): void;
  reference: ReferenceState;
  onAnother(): void;
}

function TrackedReport(props: TrackedProps) {
  const { code, detail, timeline, ratings, canRate, notice, onRated, reference, onAnother } = props;
  const { t, lang } = useI18n();
  const steps = useMemo(() => timelineSteps(timeline), [timeline]);
  const category = reference.categoryByCode.get(detail.category);
  const ward = reference.wardByCode.get(detail.wardCode);
  return (
    <article className="tracked" data-testid="tracked-report" data-status={detail.status}>
      <header className="tracked__head">
        <span className="dot" style={{ background: category?.color ?? '#888' }} />
        <strong>{category ? localName(category, lang) : t('unknownCategory')}</strong>
        <span className={`badge badge--${detail.status}`} data-testid="tracked-status">
          {t(`status_${detail.status}`)}
        </span>
      </header>
      <p className="tracked__meta">
        {ward ? localName(ward, lang) : detail.wardName || t('unknownWard')} ·{' '}
        {t('trackSent', { time: formatTime(detail.createdAt, lang) })}
      </p>
      <p className="tracked__description">{detail.description}</p>
      {detail.media.length > 0 && (
        <section aria-label={t('trackPhotos')}>
          <ul className="photos__list" data-testid="tracked-photos">
            {detail.media.map((m, i) => (
              <li key={m.id} className="photos__item">
                <img src={m.url} width={m.width} height={m.height} alt={t('trackPhotoAlt', { n: i + 1 })} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>{t('trackTimeline')}</h3>
      <Timeline steps={steps} />
      {notice && (
        <p className={notice === 'rated' ? 'track-notice' : 'form-error'} role="status" data-testid="rating-notice">
          {t(notice === 'rated' ? 'ratingThanks' : 'ratingAlready')}
        </p>
      )}
      {ratings.length > 0 && <RatingList ratings={ratings} />}
      {canRate && <RatingForm key={timeline.length} code={code} onDone={onRated} />}
      <button type="button" className="link-button" onClick={onAnother}>
        {t('trackAnother')}
      </button>
    </article>
  );
}

function RatingList({ ratings }: { ratings: readonly Rating[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-label={t('trackRatings')}>
      <ul className="tracked__ratings" data-testid="tracked-ratings">
        {ratings.map((r) => (
          <li key={r.createdAt} data-rating={r.rating}>
            <strong>{t(`rating_${r.rating}`)}</strong>
            {r.notFixed && ` — ${t('timelineNotFixed')}`} ·{' '}
            <time dateTime={r.createdAt}>{formatTime(r.createdAt, lang)}</time>
            {r.comment && <q className="tracked__rating-comment">{r.comment}</q>}
          </li>
        ))}
      </ul>
    </section>
  );
}
