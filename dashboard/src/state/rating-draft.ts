// The citizen's rating of a resolved report, before and while it is sent. Pure updaters.
import type { RatingInput, TimelineEntry, TrackedReport } from '@matthan/server/contracts';
import type { ShownError } from '../api/errors.js';
import type { PhotoDraft } from './report-draft.js';

export type RatingValue = RatingInput['rating'];
export const RATING_VALUES: readonly RatingValue[] = ['satisfied', 'accepted', 'not_satisfied'];
/** The server's limit (RatingInput.comment). */
export const MAX_COMMENT = 2000;

export interface RatingDraft {
  rating: RatingValue | null;
  notFixed: boolean;
  comment: string;
  photo: PhotoDraft | null;
  status: 'editing' | 'sending' | 'failed';
  error: ShownError | null;
}

export const initialRating: RatingDraft = {
  rating: null,
  notFixed: false,
  comment: '',
  photo: null,
  status: 'editing',
  error: null,
};

const edited = (d: RatingDraft, change: Partial<RatingDraft>): RatingDraft => ({
  ...d,
  ...change,
  status: 'editing',
  error: null,
});

/** "Not fixed" goes only with "not satisfied", so another choice clears it. */
export function ratingPicked(d: RatingDraft, rating: RatingValue): RatingDraft {
  return edited(d, { rating, notFixed: rating === 'not_satisfied' && d.notFixed });
}

export function notFixedSet(d: RatingDraft, notFixed: boolean): RatingDraft {
  return d.rating === 'not_satisfied' ? edited(d, { notFixed }) : d;
}

export function commentChanged(d: RatingDraft, comment: string): RatingDraft {
  return edited(d, { comment });
}

/** One photo at most: a new one replaces the old (the hook revokes the old preview). */
export function photoSet(d: RatingDraft, photo: PhotoDraft | null): RatingDraft {
  return edited(d, { photo });
}

export type RatingProblem = 'ratingPick' | 'ratingCommentTooLong';

/** What to send, or what the citizen must fix first (checked here so they learn it before sending). */
export function ratingInputOf(d: RatingDraft): { input: RatingInput } | { problem: RatingProblem } {
  if (!d.rating) return { problem: 'ratingPick' };
  const comment = d.comment.trim();
  if (comment.length > MAX_COMMENT) return { problem: 'ratingCommentTooLong' };
  return { input: { rating: d.rating, notFixed: d.notFixed, ...(comment ? { comment } : {}) } };
}

export function sendStarted(d: RatingDraft): RatingDraft {
  return { ...d, status: 'sending', error: null };
}

export function sendFailed(d: RatingDraft, error: ShownError): RatingDraft {
  return { ...d, status: 'failed', error };
}

/** The seq of the entry that last moved the report into `resolved` (whatever its kind: the demo seeder's too). */
function resolvedAt(timeline: readonly TimelineEntry[]): number {
  const ordered = [...timeline].sort((a, b) => a.seq - b.seq);
  let since = 0;
  ordered.forEach((e, i) => {
    if (e.status === 'resolved' && ordered[i - 1]?.status !== 'resolved') since = e.seq;
  });
  return since;
}

/**
 * Whether the citizen may rate now: the report is resolved, and this resolution (the last move
 * into `resolved`) has no rating after it. A report reopened and resolved again is rated again.
 */
export function ratable(tracked: Pick<TrackedReport, 'report' | 'timeline'>): boolean {
  if (tracked.report.status !== 'resolved') return false;
  const since = resolvedAt(tracked.timeline);
  return !tracked.timeline.some((e) => e.kind === 'report:rated' && e.seq > since);
}
