import { describe, expect, it } from 'vitest';
import { aReport } from '../testing/reports.js';
import { hasActivePulses, initialPulses, PULSE_MS, pulseAdded, pulseFrames } from './pulses.js';

describe('pulses', () => {
  it('grows a ring from a new report and fades it out', () => {
    const s = pulseAdded(initialPulses, { report: aReport({ location: [105.85, 21.03] }), now: 1000 });
    expect(pulseFrames(s, 1000)).toEqual([{ id: s.items[0]!.id, position: [105.85, 21.03], radiusPx: 6, alpha: 255 }]);
    const half = pulseFrames(s, 1000 + PULSE_MS / 2)[0]!;
    expect(half.radiusPx).toBe(21);
    expect(half.alpha).toBe(128);
    expect(pulseFrames(s, 1000 + PULSE_MS)).toEqual([]);
    expect(hasActivePulses(s, 1000 + PULSE_MS - 1)).toBe(true);
    expect(hasActivePulses(s, 1000 + PULSE_MS)).toBe(false);
  });

  it('forgets finished rings when a new one comes, and pulses a replayed report once', () => {
    const first = aReport();
    let s = pulseAdded(initialPulses, { report: first, now: 0 });
    expect(pulseAdded(s, { report: first, now: 10 })).toBe(s);
    s = pulseAdded(s, { report: aReport(), now: PULSE_MS + 1 });
    expect(s.items).toHaveLength(1);
  });
});
