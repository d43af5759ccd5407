import type { ReportStatus, TimelineEntry } from '@matthan/server/contracts';

export interface TimelineStep {
  status: ReportStatus;
  at: string;
  /** The step the report is at now (the last one). */
  current: boolean;
}

/**
 * The citizen's view of a timeline: oldest first, one step per change of status. An update that
 * kept the status (a priority or category fix) says nothing new to the reporter, so it is folded.
 */
export function timelineSteps(timeline: readonly TimelineEntry[]): TimelineStep[] {
  const ordered = [...timeline].sort((a, b) => a.seq - b.seq);
  const steps: TimelineStep[] = [];
  for (const entry of ordered) {
    if (steps.at(-1)?.status === entry.status) continue;
    steps.push({ status: entry.status, at: entry.at, current: false });
  }
  const last = steps.at(-1);
  if (last) last.current = true;
  return steps;
}
