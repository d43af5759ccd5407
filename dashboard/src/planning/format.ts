import type { Lang } from '../i18n/messages.js';
import { locale, TIME_ZONE } from '../i18n/translate.js';

/** `"2025-08-03T17:00:00Z"` → `"04/08/2025"`: the Hanoi-local date of an instant. */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

/** `"2025-08"` → `"08/2025"` (vi) or `"Aug 2025"` (en). */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (lang === 'vi') return `${String(m).padStart(2, '0')}/${y}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, 15)),
  );
}
