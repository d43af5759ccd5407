import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/I18nContext.js';
import { useSession } from '../session/SessionContext.js';

/** /signin — staff sign in with the account an administrator gave them, then go back where they were. */
export function SignInView({ next, navigate }: { next: string; navigate(path: string): void }) {
  const { t, lang } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password, lang);
      navigate(next);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errorNetwork'));
      setBusy(false);
    }
  };
  return (
    <main className="page page--narrow">
      <h2>{t('signInTitle')}</h2>
      <p className="page__intro">{t('signInIntro')}</p>
      <form className="track-form" onSubmit={(e) => void submit(e)} data-testid="signin-form">
        <label className="field">
          <span className="field__label">{t('signInUsername')}</span>
          <input
            data-testid="signin-username"
            value={username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('signInPassword')}</span>
          <input
            data-testid="signin-password"
            type="password"
            value={password}
            autoComplete="current-password"
            required
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert" data-testid="signin-error">
            {t('signInFailed', { message: error })}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="signin-submit">
          {busy ? t('signInBusy') : t('signInSubmit')}
        </button>
      </form>
    </main>
  );
}

/** Where a staff page sends a visitor who is not signed in, or signed in without the right. */
export function StaffOnly({ forbidden, path }: { forbidden: boolean; path: string }) {
  const { t } = useI18n();
  return (
    <main className="page page--narrow" data-testid="staff-only">
      <p role="alert">{forbidden ? t('signInForbidden') : t('signInNeeded')}</p>
      {!forbidden && (
        <a className="button button--primary" href={`/signin?next=${encodeURIComponent(path)}`}>
          {t('signInLink')}
        </a>
      )}
    </main>
  );
}
