import type { ReportStatus, TimelineEntry } from '@matthan/server/contracts';

export interface TimelineStep {
  status: ReportStatus;
  at: string;
  /** The step the report is at now (the last one). */
  current: boolean;
  /** A citizen's rating: its own step, though the status it was given in stays `resolved`. */
  rating?: { rating: RatingValue; notFixed: boolean };
}

type RatingValue = 'satisfied' | 'accepted' | 'not_satisfied';
const RATINGS: readonly string[] = ['satisfied', 'accepted', 'not_satisfied'];

function ratingOf(entry: TimelineEntry): TimelineStep['rating'] | null {
  const value = entry.detail?.rating;
  if (entry.kind !== 'report:rated' || typeof value !== 'string' || !RATINGS.includes(value)) return null;
  return { rating: value as RatingValue, notFixed: entry.detail?.notFixed === true };
}

/**
 * The citizen's view of a timeline: oldest first, one step per change of status. An update that
 * kept the status (a priority or category fix) says nothing new to the reporter, so it is folded;
 * a rating is a step of its own.
 */
export function timelineSteps(timeline: readonly TimelineEntry[]): TimelineStep[] {
  const ordered = [...timeline].sort((a, b) => a.seq - b.seq);
  const steps: TimelineStep[] = [];
  for (const entry of ordered) {
    const rating = ratingOf(entry);
    if (rating) {
      steps.push({ status: entry.status, at: entry.at, current: false, rating });
      continue;
    }
    const last = steps.at(-1);
    if (last?.status === entry.status && !last.rating) continue;
    steps.push({ status: entry.status, at: entry.at, current: false });
  }
  const last = steps.at(-1);
  if (last) last.current = true;
  return steps;
}
