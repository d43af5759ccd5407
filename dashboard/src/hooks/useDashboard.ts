import { useEffect, useReducer, type Dispatch } from 'react';
import { connectLiveStream } from '../api/socket.js';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/messages.js';
import { initialState, reducer, type Action, type AppState } from '../state/store.js';
import { useCellsLoader, useFeedLoader, usePointsLoader, useReferenceData } from './loaders.js';

const LANG_KEY = 'matthan.lang';

/** The dashboard's state and everything that feeds it: API loads and the live stream. */
export function useDashboard(): [AppState, Dispatch<Action>] {
  const [state, dispatch] = useReducer(reducer, initialState, withSavedLang);
  useReferenceData(dispatch);
  useLiveStream(dispatch);
  useFeedLoader(state.stream.status, state.feed.loaded, dispatch);
  useCellsLoader(state.view, state.filters, dispatch);
  usePointsLoader(state.view, state.filters, dispatch);
  useDocumentLang(state.view.lang);
  return [state, dispatch];
}

function useLiveStream(dispatch: Dispatch<Action>): void {
  useEffect(
    () =>
      connectLiveStream({
        onEvent: (kind, payload) => dispatch({ type: 'stream/event', kind, payload, now: Date.now() }),
        onStatus: (status) => dispatch({ type: 'stream/status', status }),
      }),
    [dispatch],
  );
}

/** Remembers the language across visits and tells the browser (screen readers, hyphenation). */
function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Storage can be disabled (private mode); the choice then lasts for this visit only.
    }
  }, [lang]);
}

function withSavedLang(state: AppState): AppState {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  const lang = LANGS.find((l) => l === saved) ?? DEFAULT_LANG;
  return { ...state, view: { ...state.view, lang } };
}
