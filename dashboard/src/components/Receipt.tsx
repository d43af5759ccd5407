import type { ReportCreated } from '@matthan/server/contracts';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.js';

export interface ReceiptProps {
  report: ReportCreated;
  onTrack(code: string): void;
  onAnother(): void;
}

type Copy = 'idle' | 'copied' | 'failed';

/** The instant acknowledgement: the tracking code, large, copyable, and the way to follow it. */
export function Receipt({ report, onTrack, onAnother }: ReceiptProps) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<Copy>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  // A screen reader lands on the news, not on a button that vanished with the form.
  useEffect(() => heading.current?.focus(), []);
  const copyCode = () =>
    navigator.clipboard
      .writeText(report.trackingCode)
      .then(() => setCopy('copied'))
      .catch(() => setCopy('failed'));
  return (
    <section className="receipt" data-testid="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title" ref={heading} tabIndex={-1}>
        {t('receiptTitle')}
      </h3>
      <p>{t('receiptBody')}</p>
      {report.linkedTo && (
        <p className="receipt__me-too" data-testid="receipt-me-too">
          {t('receiptMeToo')}
        </p>
      )}
      <p className="receipt__label">{t('receiptCode')}</p>
      <output className="receipt__code" data-testid="tracking-code">
        {report.trackingCode}
      </output>
      <div className="receipt__actions">
        <button type="button" className="button" onClick={copyCode}>
          {copy === 'copied' ? t('receiptCopied') : t('receiptCopy')}
        </button>
        <a
          className="button button--secondary"
          href={`/track/${encodeURIComponent(report.trackingCode)}`}
          data-testid="receipt-track"
          onClick={(e) => {
            e.preventDefault();
            onTrack(report.trackingCode);
          }}
        >
          {t('receiptTrack')}
        </a>
      </div>
      {copy === 'failed' && <p role="alert">{t('receiptCopyFailed')}</p>}
      <button type="button" className="link-button" onClick={onAnother}>
        {t('receiptAnother')}
      </button>
    </section>
  );
}
