import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import type { StreamStatus } from '../state/stream.js';

const STATUS_KEY = { live: 'streamLive', connecting: 'streamConnecting', offline: 'streamOffline' } as const;

export function Header({ status, onLangChange }: { status: StreamStatus; onLangChange(lang: Lang): void }) {
  const { t, lang } = useI18n();
  return (
    <header className="header">
      <div>
        <h1 className="header__title">{t('appTitle')}</h1>
        <p className="header__subtitle">{t('appSubtitle')}</p>
      </div>
      <div className="header__actions">
        <span className={`stream stream--${status}`} data-testid="stream-status" role="status">
          {t(STATUS_KEY[status])}
        </span>
        <button
          type="button"
          className="lang-switch"
          data-testid="lang-switch"
          title={t('switchLanguageTitle')}
          onClick={() => onLangChange(lang === 'vi' ? 'en' : 'vi')}
        >
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}
