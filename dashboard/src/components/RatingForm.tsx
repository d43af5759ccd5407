import './rating-form.css';
import { useId } from 'react';
import { useRatingForm, type RatingOutcome } from '../hooks/useRatingForm.js';
import { useI18n } from '../i18n/I18nContext.js';
import { MAX_COMMENT, RATING_VALUES } from '../state/rating-draft.js';

/** The citizen's verdict on a resolved report: Hài lòng / Chấp nhận / Không hài lòng, a comment, a photo. */
export function RatingForm({ code, onDone }: { code: string; onDone(outcome: RatingOutcome): void }) {
  const { t } = useI18n();
  const { draft, dispatch, setPhoto, submit } = useRatingForm(code, onDone);
  const ids = { comment: useId(), photo: useId(), notFixed: useId() };
  const sending = draft.status === 'sending';
  return (
    <form
      className="rating-form"
      data-testid="rating-form"
      aria-labelledby={`${ids.comment}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${ids.comment}-title`}>{t('ratingTitle')}</h3>
      <p className="page__intro">{t('ratingIntro')}</p>
      <fieldset className="rating-form__choices">
        <legend className="field__label">{t('ratingChoice')}</legend>
        {RATING_VALUES.map((value) => (
          <label key={value} className="rating-form__choice" data-rating={value}>
            <input
              type="radio"
              name="rating"
              value={value}
              checked={draft.rating === value}
              onChange={() => dispatch({ type: 'pick', rating: value })}
            />
            <span>{t(`rating_${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {draft.rating === 'not_satisfied' && (
        <label className="rating-form__not-fixed" htmlFor={ids.notFixed}>
          <input
            id={ids.notFixed}
            type="checkbox"
            data-testid="rating-not-fixed"
            checked={draft.notFixed}
            onChange={(e) => dispatch({ type: 'notFixed', value: e.target.checked })}
          />
          <span>{t('ratingNotFixed')}</span>
        </label>
      )}
      <label className="field" htmlFor={ids.comment}>
        <span className="field__label">{t('ratingComment')}</span>
        <textarea
          id={ids.comment}
          data-testid="rating-comment"
          rows={3}
          maxLength={MAX_COMMENT}
          value={draft.comment}
          onChange={(e) => dispatch({ type: 'comment', text: e.target.value })}
        />
      </label>
      <div className="rating-form__photo">
        {draft.photo ? (
          <div className="photos__item">
            <img src={draft.photo.previewUrl} alt={t('ratingPhotoAlt')} />
            <button type="button" className="photos__remove" onClick={() => setPhoto(null)}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('ratingRemovePhoto')}</span>
            </button>
          </div>
        ) : (
          <label className="button" htmlFor={ids.photo}>
            {t('ratingPhoto')}
            <input
              id={ids.photo}
              className="visually-hidden"
              data-testid="rating-photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={(e) => {
                setPhoto(e.target.files?.[0] ?? null);
                e.target.value = '';
              }}
            />
          </label>
        )}
      </div>
      {draft.error && (
        <p className="form-error" role="alert" data-testid="rating-error" data-code={draft.error.code}>
          {draft.error.message}
        </p>
      )}
      <button type="submit" className="button button--primary" data-testid="rating-send" aria-disabled={sending}>
        {sending ? t('ratingSending') : t('ratingSend')}
      </button>
    </form>
  );
}
