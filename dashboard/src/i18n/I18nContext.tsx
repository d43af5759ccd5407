import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from './messages.js';
import { translator, type Translate } from './translate.js';

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'vi', t: translator('vi') });

/** Gives the components below the current language; the language itself lives in the view state. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
