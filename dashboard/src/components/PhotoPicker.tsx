import { useId } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { MAX_PHOTOS, type PhotoDraft } from '../state/report-draft.js';

export interface PhotoPickerProps {
  photos: readonly PhotoDraft[];
  onAdd(files: File[]): void;
  onRemove(previewUrl: string): void;
}

/** The phone's camera or gallery, with a preview of each photo and a button to drop it. */
export function PhotoPicker({ photos, onAdd, onRemove }: PhotoPickerProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="photos">
      <legend>{t('reportPhotos', { max: MAX_PHOTOS })}</legend>
      <ul className="photos__list" data-testid="photo-previews">
        {photos.map((p, i) => (
          <li key={p.previewUrl} className="photos__item">
            <img src={p.previewUrl} alt={t('reportPhotoAlt', { n: i + 1 })} />
            <button type="button" className="photos__remove" onClick={() => onRemove(p.previewUrl)}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('reportRemovePhoto', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ul>
      {photos.length < MAX_PHOTOS && (
        <label className="button button--secondary" htmlFor={id}>
          {t('reportAddPhotos')}
          <input
            id={id}
            className="visually-hidden"
            data-testid="photo-input"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            onChange={(e) => {
              onAdd(Array.from(e.target.files ?? []));
              // The same photo picked again after removing it must fire onChange again.
              e.target.value = '';
            }}
          />
        </label>
      )}
    </fieldset>
  );
}
