import { useMemo, useState } from 'react';
import { PhotoPicker } from '../components/PhotoPicker.js';
import { Receipt } from '../components/Receipt.js';
import { useReference } from '../hooks/useReference.js';
import { useReportForm } from '../hooks/useReportForm.js';
import { useI18n } from '../i18n/I18nContext.js';
import { localName } from '../i18n/translate.js';
import { CityMap } from '../map/CityMap.js';
import { buildPinLayers } from '../map/pin-layers.js';

/** /report — a citizen's report from a phone: where, what, a few words, photos; then the code. */
export function ReportView({ navigate }: { navigate(path: string): void }) {
  const { t, lang } = useI18n();
  const reference = useReference();
  const form = useReportForm();
  const [zoom, setZoom] = useState(reference.config?.zoom ?? 11);
  const [tried, setTried] = useState(false);
  const { draft } = form;
  const layers = useMemo(
    () => buildPinLayers({ reference, view: { lang, zoom }, pin: draft.location }),
    [reference, lang, zoom, draft.location],
  );
  const sending = draft.submit.status === 'sending';

  if (draft.submit.status === 'sent') {
    return (
      <main className="page page--narrow">
        <Receipt
          report={draft.submit.report}
          onTrack={(code) => navigate(`/track/${encodeURIComponent(code)}`)}
          onAnother={() => {
            setTried(false);
            form.reset();
          }}
        />
      </main>
    );
  }

  return (
    <main className="page page--narrow">
      <h2>{t('reportTitle')}</h2>
      <form
        className="report-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          void form.submit();
        }}
      >
        <p className="page__intro">{t('reportIntro')}</p>
        <div className="pick-map">
          {reference.config ? (
            <CityMap
              config={reference.config}
              layers={layers}
              label="reportMapLabel"
              onClick={form.pickLocation}
              onViewChange={(v) => setZoom(v.zoom)}
            />
          ) : (
            <p className="app__notice" role="status">
              {reference.status === 'failed' ? t('loadFailed', { message: reference.error ?? '' }) : t('loading')}
            </p>
          )}
        </div>
        <div className="pick-row">
          <button type="button" className="button button--secondary" onClick={form.locate} data-testid="locate">
            {form.locating.status === 'locating' ? t('reportLocating') : t('reportUseLocation')}
          </button>
          <span data-testid="report-location" aria-live="polite">
            {draft.location
              ? t('reportLocationChosen', { lat: draft.location[1].toFixed(5), lng: draft.location[0].toFixed(5) })
              : t('reportLocationNone')}
          </span>
        </div>
        {form.locating.status === 'failed' && (
          <p className="form-error" role="alert">
            {t(form.locating.message)}
          </p>
        )}
        <label className="field">
          <span className="field__label">{t('reportCategory')}</span>
          <select
            data-testid="report-category"
            value={draft.category}
            onChange={(e) => form.setCategory(e.target.value)}
          >
            <option value="">{t('reportCategoryChoose')}</option>
            {reference.categories.map((c) => (
              <option key={c.code} value={c.code}>
                {localName(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('reportDescription')}</span>
          <textarea
            data-testid="report-description"
            rows={4}
            maxLength={4000}
            placeholder={t('reportDescriptionHint')}
            value={draft.description}
            onChange={(e) => form.setDescription(e.target.value)}
          />
        </label>
        <PhotoPicker photos={draft.photos} onAdd={form.addFiles} onRemove={form.removePhoto} />
        {tried && form.problems.length > 0 && (
          <ul className="form-problems" role="alert" data-testid="report-problems">
            {form.problems.map((p) => (
              <li key={p}>{t(p)}</li>
            ))}
          </ul>
        )}
        {draft.submit.status === 'failed' && (
          <p className="form-error" role="alert" data-testid="report-error" data-code={draft.submit.error.code}>
            {t('reportFailed', { message: draft.submit.error.message })}
          </p>
        )}
        <button type="submit" className="button button--primary" data-testid="report-submit" aria-disabled={sending}>
          {sending ? t('reportSending') : draft.submit.status === 'failed' ? t('reportRetry') : t('reportSubmit')}
        </button>
      </form>
    </main>
  );
}
