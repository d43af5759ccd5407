import { describe, expect, it } from 'vitest';
import { deadlineState, durationParts } from './deadline.js';

const at = (iso: string) => Date.parse(iso);

describe('deadlineState', () => {
  const r = { dueAt: '2026-03-02T10:00:00Z', warnAt: '2026-03-02T08:00:00Z' };

  it('counts down, turns amber at the server’s warning time, then counts lateness', () => {
    expect(deadlineState(r, at('2026-03-02T02:00:00Z'))).toEqual({ kind: 'ok', minutes: 480 });
    expect(deadlineState(r, at('2026-03-02T08:00:00Z') - 1)).toEqual({ kind: 'ok', minutes: 120 });
    expect(deadlineState(r, at('2026-03-02T08:00:00Z'))).toEqual({ kind: 'soon', minutes: 120 });
    expect(deadlineState(r, at('2026-03-02T08:30:00Z'))).toEqual({ kind: 'soon', minutes: 90 });
    expect(deadlineState(r, at('2026-03-02T11:15:00Z'))).toEqual({ kind: 'overdue', minutes: 75 });
  });

  it('stops the clock at the resolution and says whether it was on time', () => {
    expect(deadlineState({ ...r, resolvedAt: '2026-03-02T09:00:00Z' }, at('2026-03-05T00:00:00Z'))).toEqual({
      kind: 'done',
      onTime: true,
    });
    expect(deadlineState({ ...r, resolvedAt: '2026-03-02T12:00:00Z' }, 0)).toEqual({ kind: 'done', onTime: false });
  });

  it('has nothing to show without a due time (a linked "me too" report)', () => {
    expect(deadlineState({ dueAt: null }, 0)).toEqual({ kind: 'none' });
  });
});

describe('durationParts', () => {
  it('splits minutes into days, hours and minutes', () => {
    expect(durationParts(1563)).toEqual({ days: 1, hours: 2, minutes: 3 });
    expect(durationParts(59)).toEqual({ days: 0, hours: 0, minutes: 59 });
    expect(durationParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
