import type { ReportStatus, TimelineEntry } from '@matthan/server/contracts';

export interface HistoryLine {
  seq: number;
  kind: string;
  status: ReportStatus;
  at: string;
  /** The note, reason or "responsible" text the change carried. */
  text: string | null;
  transfer: { from: string; to: string } | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** The staff history: every event in order, with the public words each change carried. */
export function historyLines(timeline: readonly TimelineEntry[]): HistoryLine[] {
  return [...timeline]
    .sort((a, b) => a.seq - b.seq)
    .map((e) => {
      const d = e.detail ?? {};
      const from = str(d.fromUnit);
      const to = str(d.toUnit);
      return {
        seq: e.seq,
        kind: e.kind,
        status: e.status,
        at: e.at,
        text: str(d.note) ?? str(d.reason) ?? str(d.responsible),
        transfer: from && to ? { from, to } : null,
      };
    });
}
