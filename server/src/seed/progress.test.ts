import { describe, expect, it } from 'vitest';
import { createProgressBar, formatDuration, formatProgress } from './progress.js';

describe('formatProgress', () => {
  it('shows percentage, count, rate and time left', () => {
    const line = formatProgress(25_000, 100_000, 5_000);
    expect(line).toContain(' 25% 25,000/100,000 5,000/s ETA 15s');
    expect(line.startsWith('[' + '='.repeat(8) + ' ')).toBe(true);
  });

  it('does not divide by zero at the start', () => {
    expect(formatProgress(0, 100, 0)).toContain('0/s ETA ?');
  });
});

describe('formatDuration', () => {
  it('reads naturally from seconds to hours', () => {
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(187_000)).toBe('3m 07s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
  });
});

describe('createProgressBar', () => {
  it('redraws one line on a terminal and ends it on finish', () => {
    const out = { isTTY: true, text: '', write: (s: string) => (out.text += s) };
    const bar = createProgressBar(out, () => 0);
    bar.update(1, 2);
    bar.update(2, 2);
    bar.finish();
    expect(out.text.match(/\r/g)).toHaveLength(2);
    expect(out.text.endsWith('\n')).toBe(true);
  });

  it('writes a line per 10 % into a log', () => {
    const out = { isTTY: false, text: '', write: (s: string) => (out.text += s) };
    const bar = createProgressBar(out, () => 0);
    for (let done = 1; done <= 100; done++) bar.update(done, 100);
    const lines = out.text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(11); // the first update, then each step of 10 % up to 100 %
    expect(lines.at(-1)).toContain('100%');
  });
});
