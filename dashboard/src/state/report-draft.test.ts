import type { ReportCreated } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { aReport } from '../testing/reports.js';
import {
  canSubmit,
  categorySet,
  descriptionSet,
  draftProblems,
  initialDraft,
  locationSet,
  MAX_PHOTOS,
  photoRemoved,
  photosAdded,
  submitFailed,
  submitStarted,
  submitSucceeded,
  type PhotoDraft,
  type ReportDraft,
} from './report-draft.js';

const photo = (n: number): PhotoDraft => ({ previewUrl: `blob:${n}`, file: new File([`p${n}`], `p${n}.jpg`) });

function readyDraft(): ReportDraft {
  let d = locationSet(initialDraft, { location: [105.8542123456, 21.0285987654], source: 'map' });
  d = categorySet(d, { category: 'trash' });
  return descriptionSet(d, { description: 'Rác đổ trộm ven hồ' });
}

const created: ReportCreated = { ...aReport(), wardName: 'Phường Hoàn Kiếm', media: [], trackingCode: 'K3F9Q-7ZP2M' };

describe('report draft', () => {
  it('lists what is missing, in the order of the form', () => {
    expect(draftProblems(initialDraft)).toEqual([
      'reportNeedsLocation',
      'reportNeedsCategory',
      'reportNeedsDescription',
    ]);
    expect(draftProblems(descriptionSet(readyDraft(), { description: '  a  ' }))).toEqual(['reportNeedsDescription']);
    expect(draftProblems(readyDraft())).toEqual([]);
  });

  it('rounds a tapped position to about a metre, as [lng, lat]', () => {
    expect(readyDraft().location).toEqual([105.854212, 21.028599]);
    expect(readyDraft().locationSource).toBe('map');
  });

  it('keeps the same Idempotency-Key for a double tap and for a retry after a failure', () => {
    const sending = submitStarted(readyDraft(), { freshKey: 'key-1' });
    expect(sending.idempotencyKey).toBe('key-1');
    expect(submitStarted(sending, { freshKey: 'key-2' })).toBe(sending);
    const failed = submitFailed(sending, { error: { code: 'network', message: 'x' } });
    expect(canSubmit(failed)).toBe(true);
    expect(submitStarted(failed, { freshKey: 'key-3' }).idempotencyKey).toBe('key-1');
  });

  it('takes a new key once the content changes after a failure', () => {
    const failed = submitFailed(submitStarted(readyDraft(), { freshKey: 'key-1' }), {
      error: { code: 'network', message: 'x' },
    });
    const changed = descriptionSet(failed, { description: 'Rác đổ trộm ven hồ Gươm' });
    expect(changed.submit).toEqual({ status: 'editing' });
    expect(submitStarted(changed, { freshKey: 'key-2' }).idempotencyKey).toBe('key-2');
  });

  it('will not send an incomplete draft or send a sent one again', () => {
    expect(submitStarted(initialDraft, { freshKey: 'k' })).toBe(initialDraft);
    const sent = submitSucceeded(submitStarted(readyDraft(), { freshKey: 'k' }), { report: created });
    expect(sent.submit).toEqual({ status: 'sent', report: created });
    expect(submitStarted(sent, { freshKey: 'k2' })).toBe(sent);
  });

  it('ignores a late failure once the draft was edited', () => {
    const editing = readyDraft();
    expect(submitFailed(editing, { error: { code: 'x', message: 'y' } })).toBe(editing);
  });

  it('holds at most the photos the server accepts, and removes one by its preview', () => {
    let d = photosAdded(readyDraft(), { photos: [photo(1), photo(2), photo(3)] });
    d = photosAdded(d, { photos: [photo(4), photo(5), photo(6)] });
    expect(d.photos.map((p) => p.previewUrl)).toEqual(['blob:1', 'blob:2', 'blob:3', 'blob:4', 'blob:5']);
    expect(d.photos).toHaveLength(MAX_PHOTOS);
    expect(photosAdded(d, { photos: [photo(7)] })).toBe(d);
    expect(photoRemoved(d, { previewUrl: 'blob:2' }).photos).toHaveLength(4);
    expect(photoRemoved(d, { previewUrl: 'blob:9' })).toBe(d);
  });
});
