import type { PublicReport } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import type { ReferenceState } from '../state/reference.js';

/** Newest reports first, updated live. */
export interface LiveFeedProps {
  items: readonly PublicReport[];
  reference: ReferenceState;
  onSelect?(id: string): void;
}

export function LiveFeed({ items, reference, onSelect }: LiveFeedProps) {
  const { t } = useI18n();
  return (
    <section className="feed" aria-labelledby="feed-title">
      <h2 id="feed-title" className="feed__title">
        {t('feedTitle')}
      </h2>
      <ol className="feed__list" data-testid="live-feed" aria-live="polite">
        {items.map((r) => (
          <FeedItem key={r.id} report={r} reference={reference} onSelect={onSelect} />
        ))}
      </ol>
      {items.length === 0 && <p className="feed__empty">{t('feedEmpty')}</p>}
    </section>
  );
}

function FeedItem({ report, reference, onSelect }: { report: PublicReport } & Omit<LiveFeedProps, 'items'>) {
  const { t, lang } = useI18n();
  const category = reference.categoryByCode.get(report.category);
  const ward = reference.wardByCode.get(report.wardCode);
  return (
    <li className="feed__item" data-testid="feed-item" data-report-id={report.id}>
      <button type="button" className="feed__open" onClick={() => onSelect?.(report.id)} disabled={!onSelect}>
        <div className="feed__head">
          <span className="dot" style={{ background: category?.color ?? '#888' }} />
          <strong data-testid="feed-category">{category ? localName(category, lang) : t('unknownCategory')}</strong>
          <span className="feed__status">{t(`status_${report.status}`)}</span>
        </div>
        <p className="feed__description">{report.description}</p>
        <div className="feed__meta">
          <span>{ward ? localName(ward, lang) : t('unknownWard')}</span>
          <time dateTime={report.createdAt}>{formatTime(report.createdAt, lang)}</time>
        </div>
      </button>
    </li>
  );
}
