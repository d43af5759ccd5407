import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import { useSession } from '../session/SessionContext.js';
import { visiblePages } from '../session/session.js';
import type { Route } from '../state/route.js';

export interface HeaderProps {
  route: Route;
  navigate(path: string): void;
  onLangChange(lang: Lang): void;
}

/** Title, the pages this user may open, the account and the language switch; the same on every view. */
export function Header({ route, navigate, onLangChange }: HeaderProps) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const follow = (path: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser open a new tab for ctrl/cmd-click; handle a plain click in the page.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(path);
  };
  return (
    <header className="header">
      <div className="header__brand">
        <h1 className="header__title">{t('appTitle')}</h1>
        <p className="header__subtitle">{t('appSubtitle')}</p>
      </div>
      <nav className="header__nav" aria-label={t('navLabel')}>
        {visiblePages(session).map((p) => (
          <a
            key={p.name}
            href={p.path}
            className="header__link"
            aria-current={route.name === p.name ? 'page' : undefined}
            onClick={follow(p.path)}
          >
            {t(`nav_${p.name}`)}
          </a>
        ))}
      </nav>
      <Account navigate={navigate} follow={follow} route={route} />
      <button
        type="button"
        className="lang-switch"
        data-testid="lang-switch"
        title={t('switchLanguageTitle')}
        onClick={() => onLangChange(lang === 'vi' ? 'en' : 'vi')}
      >
        {t('switchLanguage')}
      </button>
    </header>
  );
}

interface AccountProps {
  route: Route;
  navigate(path: string): void;
  follow(path: string): (e: MouseEvent<HTMLAnchorElement>) => void;
}

function Account({ route, navigate, follow }: AccountProps) {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  if (!session.known || route.name === 'signin') return null;
  if (!session.user) {
    const here = `${window.location.pathname}${window.location.search}`;
    const path = `/signin?next=${encodeURIComponent(here)}`;
    return (
      <a className="header__link header__account" href={path} onClick={follow(path)} data-testid="signin-link">
        {t('signInLink')}
      </a>
    );
  }
  const { user } = session;
  return (
    <div className="header__account" data-testid="account" data-role={user.role}>
      <span title={t(`role_${user.role}`)}>
        {t('signInAs', { name: user.displayName })} · {t(`role_${user.role}`)}
      </span>
      <button
        type="button"
        className="link-button"
        data-testid="signout"
        onClick={() => void signOut().then(() => navigate('/'))}
      >
        {t('signOut')}
      </button>
    </div>
  );
}
