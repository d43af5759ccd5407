import type { TimelineEntry } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import {
  commentChanged,
  initialRating,
  MAX_COMMENT,
  notFixedSet,
  photoSet,
  ratable,
  ratingInputOf,
  ratingPicked,
  sendFailed,
  sendStarted,
} from './rating-draft.js';

const entry = (seq: number, kind: string, status: TimelineEntry['status']): TimelineEntry => ({
  seq,
  kind,
  status,
  at: new Date(Date.UTC(2025, 5, 1, seq)).toISOString(),
  detail: null,
});

describe('the rating draft', () => {
  it('asks for a rating before anything is sent', () => {
    expect(ratingInputOf(initialRating)).toEqual({ problem: 'ratingPick' });
    expect(ratingInputOf(ratingPicked(initialRating, 'accepted'))).toEqual({
      input: { rating: 'accepted', notFixed: false },
    });
  });

  it('lets "not fixed" go only with "not satisfied", and clears it on another choice', () => {
    expect(notFixedSet(ratingPicked(initialRating, 'satisfied'), true).notFixed).toBe(false);
    const notFixed = notFixedSet(ratingPicked(initialRating, 'not_satisfied'), true);
    expect(ratingInputOf(notFixed)).toEqual({ input: { rating: 'not_satisfied', notFixed: true } });
    expect(ratingPicked(notFixed, 'accepted').notFixed).toBe(false);
  });

  it('sends a trimmed comment, none when blank, and refuses one over the limit', () => {
    const d = ratingPicked(initialRating, 'satisfied');
    expect(ratingInputOf(commentChanged(d, '  Sạch sẽ rồi  '))).toEqual({
      input: { rating: 'satisfied', notFixed: false, comment: 'Sạch sẽ rồi' },
    });
    expect(ratingInputOf(commentChanged(d, '   '))).toEqual({ input: { rating: 'satisfied', notFixed: false } });
    expect(ratingInputOf(commentChanged(d, 'x'.repeat(MAX_COMMENT + 1)))).toEqual({ problem: 'ratingCommentTooLong' });
  });

  it('clears a failure on the next edit and keeps the choices while sending', () => {
    const sending = sendStarted(ratingPicked(initialRating, 'satisfied'));
    expect(sending).toMatchObject({ status: 'sending', rating: 'satisfied' });
    const failedOnce = sendFailed(sending, { code: 'network', message: 'offline' });
    expect(failedOnce.status).toBe('failed');
    const file = new File(['x'], 'a.jpg', { type: 'image/jpeg' });
    expect(photoSet(failedOnce, { file, previewUrl: 'blob:1' })).toMatchObject({ status: 'editing', error: null });
  });
});

describe('ratable', () => {
  const report = (status: TimelineEntry['status']) => ({ status }) as never;
  const resolved = [entry(1, 'report:created', 'new'), entry(2, 'report:resolved', 'resolved')];

  it('offers the form on a resolved report with no rating since its resolution', () => {
    expect(ratable({ report: report('resolved'), timeline: resolved })).toBe(true);
    expect(ratable({ report: report('in_progress'), timeline: resolved.slice(0, 1) })).toBe(false);
  });

  it('refuses a second rating of the same resolution, and offers one after a new resolution', () => {
    const rated = [...resolved, entry(3, 'report:rated', 'resolved')];
    expect(ratable({ report: report('resolved'), timeline: rated })).toBe(false);
    const again = [...rated, entry(4, 'report:reopened', 'reopened'), entry(5, 'report:resolved', 'resolved')];
    expect(ratable({ report: report('resolved'), timeline: again })).toBe(true);
  });
});
