import type { LngLat, ReportCreated } from '@matthan/server/contracts';
import type { MessageKey } from '../i18n/messages.js';

/** The server keeps at most this many photos per report (config.upload.maxFiles). */
export const MAX_PHOTOS = 5;
/** The server's minimum, after trimming; checked here so the citizen learns it before sending. */
export const MIN_DESCRIPTION = 3;

export interface PhotoDraft {
  /** An object URL for the preview; the hook that made it revokes it. */
  previewUrl: string;
  file: File;
}

/** What went wrong with a submission, already in the words the citizen should read. */
export interface SubmitError {
  code: string;
  message: string;
}

export type SubmitState =
  | { status: 'editing' }
  | { status: 'sending' }
  | { status: 'failed'; error: SubmitError }
  | { status: 'sent'; report: ReportCreated };

/** A citizen's report before (and just after) it is sent. */
export interface ReportDraft {
  location: LngLat | null;
  locationSource: 'map' | 'device' | null;
  category: string;
  description: string;
  photos: readonly PhotoDraft[];
  /**
   * The Idempotency-Key of the next send. Kept across retries of the same content, so a double tap
   * or a retry after a lost reply gives back the first report; any edit clears it.
   */
  idempotencyKey: string | null;
  submit: SubmitState;
}

export const initialDraft: ReportDraft = {
  location: null,
  locationSource: null,
  category: '',
  description: '',
  photos: [],
  idempotencyKey: null,
  submit: { status: 'editing' },
};

/** An edit: new content needs a new key, and an old error no longer applies. */
function edited(state: ReportDraft, change: Partial<ReportDraft>): ReportDraft {
  return { ...state, ...change, idempotencyKey: null, submit: { status: 'editing' } };
}

export function locationSet(state: ReportDraft, p: { location: LngLat; source: 'map' | 'device' }): ReportDraft {
  const rounded: LngLat = [round6(p.location[0]), round6(p.location[1])];
  return edited(state, { location: rounded, locationSource: p.source });
}

export function categorySet(state: ReportDraft, p: { category: string }): ReportDraft {
  return state.category === p.category ? state : edited(state, { category: p.category });
}

export function descriptionSet(state: ReportDraft, p: { description: string }): ReportDraft {
  return state.description === p.description ? state : edited(state, { description: p.description });
}

/** Adds photos up to {@link MAX_PHOTOS}; the hook offers only {@link photoRoom} of them. */
export function photosAdded(state: ReportDraft, p: { photos: readonly PhotoDraft[] }): ReportDraft {
  const room = photoRoom(state);
  if (room === 0 || p.photos.length === 0) return state;
  return edited(state, { photos: [...state.photos, ...p.photos.slice(0, room)] });
}

/** How many more photos the draft takes. */
export function photoRoom(state: ReportDraft): number {
  return Math.max(0, MAX_PHOTOS - state.photos.length);
}

export function photoRemoved(state: ReportDraft, p: { previewUrl: string }): ReportDraft {
  const photos = state.photos.filter((ph) => ph.previewUrl !== p.previewUrl);
  return photos.length === state.photos.length ? state : edited(state, { photos });
}

/** What is missing before the draft can be sent, as message keys; empty when it can go. */
export function draftProblems(state: ReportDraft): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!state.location) problems.push('reportNeedsLocation');
  if (!state.category) problems.push('reportNeedsCategory');
  if (state.description.trim().length < MIN_DESCRIPTION) problems.push('reportNeedsDescription');
  return problems;
}

export function canSubmit(state: ReportDraft): boolean {
  return state.submit.status !== 'sending' && state.submit.status !== 'sent' && draftProblems(state).length === 0;
}

/** A send starts; `freshKey` is used only if no earlier attempt of the same content has a key. */
export function submitStarted(state: ReportDraft, p: { freshKey: string }): ReportDraft {
  if (!canSubmit(state)) return state;
  return { ...state, idempotencyKey: state.idempotencyKey ?? p.freshKey, submit: { status: 'sending' } };
}

export function submitSucceeded(state: ReportDraft, p: { report: ReportCreated }): ReportDraft {
  return { ...state, submit: { status: 'sent', report: p.report } };
}

/** The key stays: retrying the same content must not make a second report. */
export function submitFailed(state: ReportDraft, p: { error: SubmitError }): ReportDraft {
  return state.submit.status === 'sending' ? { ...state, submit: { status: 'failed', error: p.error } } : state;
}

/** About a metre: more digits only pretend to a precision a phone does not have. */
function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
