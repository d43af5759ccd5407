import { useCallback, useEffect, useReducer, useRef } from 'react';
import { shownError } from '../api/errors.js';
import { postRating } from '../api/rating.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { PhotoDraft } from '../state/report-draft.js';
import {
  commentChanged,
  initialRating,
  notFixedSet,
  photoSet,
  ratingInputOf,
  ratingPicked,
  sendFailed,
  sendStarted,
  type RatingDraft,
  type RatingValue,
} from '../state/rating-draft.js';

type Action =
  | { type: 'pick'; rating: RatingValue }
  | { type: 'notFixed'; value: boolean }
  | { type: 'comment'; text: string }
  | { type: 'photo'; photo: PhotoDraft | null }
  | { type: 'sending' }
  | { type: 'failed'; code: string; message: string };

function reducer(d: RatingDraft, a: Action): RatingDraft {
  switch (a.type) {
    case 'pick':
      return ratingPicked(d, a.rating);
    case 'notFixed':
      return notFixedSet(d, a.value);
    case 'comment':
      return commentChanged(d, a.text);
    case 'photo':
      return photoSet(d, a.photo);
    case 'sending':
      return sendStarted(d);
    case 'failed':
      return sendFailed(d, { code: a.code, message: a.message });
  }
}

/** How a send ended, for the page: recorded, or refused because the report was rated already. */
export type RatingOutcome = 'rated' | 'already';

/** The rating form's state and its one side effect, the POST. */
export function useRatingForm(code: string, onDone: (outcome: RatingOutcome) => void) {
  const { t, lang } = useI18n();
  const [draft, dispatch] = useReducer(reducer, initialRating);
  const preview = useRef<string | null>(null);
  // A replaced or removed photo's preview is freed, and the last one when the form goes away.
  useEffect(() => {
    const url = draft.photo?.previewUrl ?? null;
    if (preview.current && preview.current !== url) URL.revokeObjectURL(preview.current);
    preview.current = url;
  }, [draft.photo]);
  useEffect(() => () => void (preview.current && URL.revokeObjectURL(preview.current)), []);

  const submit = useCallback(async () => {
    if (draft.status === 'sending') return;
    const checked = ratingInputOf(draft);
    if ('problem' in checked) {
      return dispatch({ type: 'failed', code: checked.problem, message: t(checked.problem, { max: 2000 }) });
    }
    dispatch({ type: 'sending' });
    try {
      await postRating(code, checked.input, draft.photo?.file ?? null, lang);
      onDone('rated');
    } catch (err) {
      const shown = shownError(err, t);
      if (shown.code === 'not_ratable') return onDone('already');
      dispatch({ type: 'failed', ...shown });
    }
  }, [code, draft, lang, onDone, t]);

  const setPhoto = useCallback((file: File | null) => {
    dispatch({ type: 'photo', photo: file ? { file, previewUrl: URL.createObjectURL(file) } : null });
  }, []);

  return { draft, dispatch, setPhoto, submit };
}
