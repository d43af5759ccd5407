import type { ReportDetail, TimelineEntry } from '@matthan/server/contracts';
import { useMemo } from 'react';
import { Timeline } from '../components/Timeline.js';
import { TrackForm } from '../components/TrackForm.js';
import { useReference } from '../hooks/useReference.js';
import { useTrack } from '../hooks/useTrack.js';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import type { ReferenceState } from '../state/reference.js';
import { timelineSteps } from '../state/timeline.js';

/** /track/:code — where a citizen follows their report. */
export function TrackView({ code, navigate }: { code: string | null; navigate(path: string): void }) {
  const { t } = useI18n();
  const tracking = useTrack(code);
  const reference = useReference();
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
          detail={tracking.detail}
          timeline={tracking.tracked.timeline}
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
  detail: ReportDetail;
  timeline: readonly TimelineEntry[];
  reference: ReferenceState;
  onAnother(): void;
}

function TrackedReport({ detail, timeline, reference, onAnother }: TrackedProps) {
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
      {/* The rating form slots in here once the workflow API (ratings) lands. */}
      <div className="tracked__rating-slot" data-slot="rating" />
      <button type="button" className="link-button" onClick={onAnother}>
        {t('trackAnother')}
      </button>
    </article>
  );
}
