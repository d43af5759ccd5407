import type { Translate } from '../i18n/translate.js';
import { durationParts } from './deadline.js';

/** 1,563 minutes → "1 ngày 2 giờ"; under a day hours and minutes, under an hour minutes. */
export function formatDuration(minutes: number, t: Translate): string {
  const { days, hours, minutes: m } = durationParts(minutes);
  if (days > 0) return t('durationDays', { days, hours });
  if (hours > 0) return t('durationHours', { hours, minutes: m });
  return t('durationMinutes', { minutes: m });
}

/** 1,234 m → "1,2" (vi) / "1.2" (en) km. */
export function formatKm(meters: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(meters / 1000);
}
