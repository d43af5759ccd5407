import { describe, expect, it } from 'vitest';
import { en, vi } from './messages.js';
import { formatTime, localName, translator } from './translate.js';

describe('translator', () => {
  it('defaults to Vietnamese strings and fills placeholders with localised numbers', () => {
    expect(translator('vi')('legendTotal', { count: 1234 })).toBe('1.234 phản ánh trong khu vực');
    expect(translator('en')('legendTotal', { count: 1234 })).toBe('1,234 reports in this area');
  });

  it('picks the plural form from the count', () => {
    expect(translator('en')('legendTotal', { count: 1 })).toBe('1 report in this area');
    expect(translator('en')('legendTotal', { count: 0 })).toBe('0 reports in this area');
    expect(translator('vi')('legendTotal', { count: 1 })).toBe('1 phản ánh trong khu vực');
  });

  it('keeps an unknown placeholder visible rather than printing "undefined"', () => {
    expect(translator('en')('tooltipCell')).toBe('{count} reports');
  });

  it('has the same keys in both languages and no empty string', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    const texts = [vi, en].flatMap((t) =>
      Object.values(t).flatMap((m) => (typeof m === 'string' ? [m] : [m.one, m.other])),
    );
    for (const text of texts) expect(text.trim()).not.toBe('');
  });
});

describe('formatTime', () => {
  it('shows Hanoi time (UTC+7) whatever the machine zone', () => {
    expect(formatTime('2025-07-01T17:30:00Z', 'vi')).toBe('00:30 02/07/2025');
    const en = formatTime('2025-07-01T01:05:00Z', 'en');
    expect(en).toContain('08:05');
    expect(en).toContain('01/07/2025');
  });
});

describe('localName', () => {
  it('picks the name in the current language', () => {
    const trash = { nameVi: 'Rác thải', nameEn: 'Trash' };
    expect(localName(trash, 'vi')).toBe('Rác thải');
    expect(localName(trash, 'en')).toBe('Trash');
  });
});
