import { useEffect, useState } from 'react';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/messages.js';

const LANG_KEY = 'matthan.lang';

/** The reader's language: Vietnamese unless they chose English here before. */
export function useLang(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(savedLang);
  useEffect(() => {
    // Tells the browser too (screen readers, hyphenation).
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Storage can be disabled (private mode); the choice then lasts for this visit only.
    }
  }, [lang]);
  return [lang, setLang];
}

function savedLang(): Lang {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  return LANGS.find((l) => l === saved) ?? DEFAULT_LANG;
}
