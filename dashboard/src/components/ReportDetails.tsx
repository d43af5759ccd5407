import type { ReportDetail } from '@matthan/server/contracts';
import type { DetailLoad } from '../hooks/useReportDetail.js';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import type { ReferenceState } from '../state/reference.js';

/** The drawer's content: what anyone may see of a report. */
export function ReportDetails({ load, reference }: { load: DetailLoad; reference: ReferenceState }) {
  const { t } = useI18n();
  if (load.status === 'loading' || load.status === 'idle') return <p role="status">{t('trackLoading')}</p>;
  if (load.status === 'failed')
    return (
      <p className="form-error" role="alert">
        {load.error.message}
      </p>
    );
  return <Details detail={load.detail} reference={reference} />;
}

function Details({ detail, reference }: { detail: ReportDetail; reference: ReferenceState }) {
  const { t, lang } = useI18n();
  const category = reference.categoryByCode.get(detail.category);
  const ward = reference.wardByCode.get(detail.wardCode);
  return (
    <div className="tracked" data-testid="report-details" data-report-id={detail.id}>
      <p className="tracked__head">
        <span className="dot" style={{ background: category?.color ?? '#888' }} />
        <strong>{category ? localName(category, lang) : t('unknownCategory')}</strong>
        <span className={`badge badge--${detail.status}`}>{t(`status_${detail.status}`)}</span>
      </p>
      <p className="tracked__meta">
        {ward ? localName(ward, lang) : detail.wardName || t('unknownWard')} ·{' '}
        {t('trackSent', { time: formatTime(detail.createdAt, lang) })}
      </p>
      <p className="tracked__description">{detail.description}</p>
      {detail.media.length > 0 && (
        <ul className="photos__list">
          {detail.media.map((m, i) => (
            <li key={m.id} className="photos__item">
              <img src={m.url} width={m.width} height={m.height} alt={t('trackPhotoAlt', { n: i + 1 })} />
            </li>
          ))}
        </ul>
      )}
      {/* Staff actions (status, transfer, assign) slot in here with the workflow API. */}
      <div data-slot="actions" />
    </div>
  );
}
