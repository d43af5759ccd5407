import type { LngLat } from '@matthan/server/contracts';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { createReport } from '../api/client.js';
import { shownError } from '../api/errors.js';
import { newIdempotencyKey } from '../api/idempotency.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { MessageKey } from '../i18n/messages.js';
import * as draft from '../state/report-draft.js';

type DraftAction =
  | { type: 'location'; location: LngLat; source: 'map' | 'device' }
  | { type: 'category'; category: string }
  | { type: 'description'; description: string }
  | { type: 'photosAdded'; photos: draft.PhotoDraft[] }
  | { type: 'photoRemoved'; previewUrl: string }
  | { type: 'replaced'; draft: draft.ReportDraft };

function reducer(state: draft.ReportDraft, a: DraftAction): draft.ReportDraft {
  switch (a.type) {
    case 'location':
      return draft.locationSet(state, a);
    case 'category':
      return draft.categorySet(state, a);
    case 'description':
      return draft.descriptionSet(state, a);
    case 'photosAdded':
      return draft.photosAdded(state, a);
    case 'photoRemoved':
      return draft.photoRemoved(state, a);
    case 'replaced':
      return a.draft;
  }
}

export type Locating = { status: 'idle' } | { status: 'locating' } | { status: 'failed'; message: MessageKey };

/** The citizen's form: the draft, the phone's position, photo previews and a send that never doubles. */
export function useReportForm() {
  const { lang, t } = useI18n();
  const [state, dispatch] = useReducer(reducer, draft.initialDraft);
  const [locating, setLocating] = useState<Locating>({ status: 'idle' });
  // The latest draft, read synchronously so a second tap in the same frame sees "sending".
  const latest = useRef(state);
  latest.current = state;
  useRevokeOnUnmount(latest);

  const replace = (next: draft.ReportDraft) => {
    latest.current = next;
    dispatch({ type: 'replaced', draft: next });
  };

  const submit = useCallback(async () => {
    const started = draft.submitStarted(latest.current, { freshKey: newIdempotencyKey() });
    if (started === latest.current) return;
    replace(started);
    const { category, description, location, photos, idempotencyKey } = started;
    try {
      const report = await createReport(
        { category, description: description.trim(), location: location! },
        { photos: photos.map((p) => p.file), idempotencyKey: idempotencyKey!, lang },
      );
      replace(draft.submitSucceeded(latest.current, { report }));
    } catch (err) {
      replace(draft.submitFailed(latest.current, { error: shownError(err, t) }));
    }
  }, [lang, t]);

  const addFiles = useCallback((files: readonly File[]) => {
    const room = draft.photoRoom(latest.current);
    const images = files.filter((f) => f.type.startsWith('image/')).slice(0, room);
    dispatch({ type: 'photosAdded', photos: images.map((file) => ({ file, previewUrl: URL.createObjectURL(file) })) });
  }, []);

  const removePhoto = useCallback((previewUrl: string) => {
    URL.revokeObjectURL(previewUrl);
    dispatch({ type: 'photoRemoved', previewUrl });
  }, []);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) return setLocating({ status: 'failed', message: 'geoUnavailable' });
    setLocating({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating({ status: 'idle' });
        dispatch({ type: 'location', location: [pos.coords.longitude, pos.coords.latitude], source: 'device' });
      },
      (err) =>
        setLocating({ status: 'failed', message: err.code === err.PERMISSION_DENIED ? 'geoDenied' : 'geoUnavailable' }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, []);

  const reset = useCallback(() => {
    for (const p of latest.current.photos) URL.revokeObjectURL(p.previewUrl);
    replace(draft.initialDraft);
    setLocating({ status: 'idle' });
  }, []);

  return {
    draft: state,
    problems: draft.draftProblems(state),
    locating,
    pickLocation: useCallback((location: LngLat) => dispatch({ type: 'location', location, source: 'map' }), []),
    setCategory: useCallback((category: string) => dispatch({ type: 'category', category }), []),
    setDescription: useCallback((description: string) => dispatch({ type: 'description', description }), []),
    addFiles,
    removePhoto,
    locate,
    submit,
    reset,
  };
}

function useRevokeOnUnmount(latest: { current: draft.ReportDraft }): void {
  useEffect(() => () => latest.current.photos.forEach((p) => URL.revokeObjectURL(p.previewUrl)), [latest]);
}
