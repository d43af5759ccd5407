import type { PublicReport } from '@matthan/server/contracts';

/** How long a new report's ring keeps growing on the map. */
export const PULSE_MS = 4000;
/** A burst of reports must not fill the map with rings; the newest ones are shown. */
const MAX_PULSES = 40;

export interface Pulse {
  id: string;
  location: [number, number];
  at: number;
}

export interface PulsesState {
  items: readonly Pulse[];
}

export const initialPulses: PulsesState = { items: [] };

export function pulseAdded(state: PulsesState, payload: { report: PublicReport; now: number }): PulsesState {
  const { report, now } = payload;
  if (state.items.some((p) => p.id === report.id)) return state;
  const fresh = state.items.filter((p) => now - p.at < PULSE_MS);
  return { items: [...fresh, { id: report.id, location: report.location, at: now }].slice(-MAX_PULSES) };
}

export interface PulseFrame {
  id: string;
  position: [number, number];
  radiusPx: number;
  alpha: number;
}

/** Where each ring is at `now`: it grows from 6 to 36 px and fades out over {@link PULSE_MS}. */
export function pulseFrames(state: PulsesState, now: number): PulseFrame[] {
  return state.items.flatMap((p) => {
    const t = (now - p.at) / PULSE_MS;
    if (t < 0 || t >= 1) return [];
    return [{ id: p.id, position: p.location, radiusPx: 6 + 30 * t, alpha: Math.round(255 * (1 - t)) }];
  });
}

export function hasActivePulses(state: PulsesState, now: number): boolean {
  return state.items.some((p) => now - p.at < PULSE_MS);
}
