import { useEffect, useState } from 'react';
import { shownError } from '../api/errors.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import { failed, loading, ready, type Load } from './load.js';

/**
 * Runs `fetcher` whenever `key` changes (and the language), aborting the previous call. The key
 * is a string so that an equal query built anew does not fetch again.
 */
export function useLoad<T>(key: string | null, fetcher: (signal: AbortSignal, lang: Lang) => Promise<T>): Load<T> {
  const { lang, t } = useI18n();
  const [state, setState] = useState<Load<T>>(() => loading<T>());
  useEffect(() => {
    if (key === null) return;
    const ctrl = new AbortController();
    setState((prev) => loading(prev));
    fetcher(ctrl.signal, lang).then(
      (data) => {
        if (!ctrl.signal.aborted) setState(ready(data)); // a late reply to a question no longer asked
      },
      (err: unknown) => {
        if (!ctrl.signal.aborted) setState((prev) => failed(prev, shownError(err, t)));
      },
    );
    return () => ctrl.abort();
  }, [key, lang, t]); // not the fetcher: rebuilt each render, the key says when it asks something new
  return state;
}
