import { MESSAGES, type Lang, type MessageKey } from './messages.js';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A translator for one language; `{name}` placeholders are filled from `params`, and a `count`
 * parameter picks the plural form. Numbers are formatted for the language (1.234 in Vietnamese,
 * 1,234 in English).
 */
export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  const numbers = new Intl.NumberFormat(locale(lang));
  const plurals = new Intl.PluralRules(locale(lang));
  return (key, params) => {
    const message = table[key];
    const count = params?.count;
    const template =
      typeof message === 'string'
        ? message
        : typeof count === 'number' && plurals.select(count) === 'one'
          ? message.one
          : message.other;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

export function locale(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

/** Times are always shown in Hanoi time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** `"2025-07-01T01:05:00Z"` → `"08:05 01/07/2025"` (vi) or `"01/07/2025, 08:05"` (en). */
export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

/** The name of a thing that has both, in the current language. */
export function localName(named: { nameVi: string; nameEn: string }, lang: Lang): string {
  return lang === 'vi' ? named.nameVi : named.nameEn;
}
