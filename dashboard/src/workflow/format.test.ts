import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { formatDuration, formatKm } from './format.js';

describe('formatDuration', () => {
  it('reads like a person would say it, in both languages', () => {
    const vi = translator('vi');
    expect(formatDuration(1563, vi)).toBe('1 ngày 2 giờ');
    expect(formatDuration(125, vi)).toBe('2 giờ 5 phút');
    expect(formatDuration(7, vi)).toBe('7 phút');
    expect(formatDuration(125, translator('en'))).toBe('2 h 5 min');
  });

  it('writes kilometres with the language’s decimal mark', () => {
    expect(formatKm(1234, 'vi')).toBe('1,2');
    expect(formatKm(1234, 'en')).toBe('1.2');
  });
});
