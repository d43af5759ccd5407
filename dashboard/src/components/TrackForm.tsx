import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext.js';

/** Where a citizen types the code from their receipt or SMS. */
export function TrackForm({ initial, onLookup }: { initial: string; onLookup(code: string): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState(initial);
  return (
    <form
      className="track-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (code.trim()) onLookup(code.trim());
      }}
    >
      <label className="field">
        <span className="field__label">{t('trackCodeLabel')}</span>
        <input
          data-testid="track-code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('trackCodeHint')}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary">
        {t('trackLookup')}
      </button>
    </form>
  );
}
