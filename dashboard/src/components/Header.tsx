import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import type { Route } from '../state/route.js';

const PAGES = [
  { name: 'live', path: '/' },
  { name: 'report', path: '/report' },
  { name: 'track', path: '/track' },
  { name: 'public', path: '/public' },
] as const;

export interface HeaderProps {
  route: Route;
  navigate(path: string): void;
  onLangChange(lang: Lang): void;
}

/** Title, the pages and the language switch; the same on every view. */
export function Header({ route, navigate, onLangChange }: HeaderProps) {
  const { t, lang } = useI18n();
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
        {PAGES.map((p) => (
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
