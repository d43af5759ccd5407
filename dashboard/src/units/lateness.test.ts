import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { latenessOf, latenessParts, latenessText } from './lateness.js';

describe('lateness', () => {
  it('counts working days of 8 hours, then hours and minutes', () => {
    expect(latenessOf(2 * 480 + 3 * 60)).toEqual({ days: 2, hours: 3, minutes: 0 });
    expect(latenessOf(479)).toEqual({ days: 0, hours: 7, minutes: 59 });
    expect(latenessOf(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('says the two largest parts and leaves out zeros', () => {
    expect(latenessParts({ days: 2, hours: 3, minutes: 17 })).toEqual([
      { unit: 'days', count: 2 },
      { unit: 'hours', count: 3 },
    ]);
    expect(latenessParts({ days: 1, hours: 0, minutes: 5 })).toEqual([{ unit: 'days', count: 1 }]);
    expect(latenessParts({ days: 0, hours: 0, minutes: 0 })).toEqual([{ unit: 'minutes', count: 0 }]);
  });

  it('reads as an office would say it, in each language', () => {
    expect(latenessText(2 * 480 + 3 * 60 + 10, translator('vi'))).toBe('quá hạn 2 ngày 3 giờ');
    expect(latenessText(480 + 60, translator('en'))).toBe('1 working day 1 hour overdue');
    expect(latenessText(45, translator('en'))).toBe('45 minutes overdue');
  });
});
