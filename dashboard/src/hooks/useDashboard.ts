import { useEffect, useReducer, type Dispatch } from 'react';
import { connectLiveStream } from '../api/socket.js';
import type { Lang } from '../i18n/messages.js';
import type { FiltersState } from '../state/filters.js';
import { initialState, reducer, type Action, type AppState } from '../state/store.js';
import { useCellsLoader, useFeedLoader, useHotspotsLoader, usePointsLoader, useReferenceData } from './loaders.js';

export interface DashboardStart {
  filters?: FiltersState;
  heatmap?: boolean;
}

/** The dashboard's state and everything that feeds it: API loads and the live stream. */
export function useDashboard(lang: Lang, start: DashboardStart = {}): [AppState, Dispatch<Action>] {
  const [state, dispatch] = useReducer(reducer, null, () => ({
    ...initialState,
    filters: start.filters ?? initialState.filters,
    view: { ...initialState.view, lang, heatmap: start.heatmap ?? false },
  }));
  useReferenceData(dispatch);
  useLiveStream(dispatch);
  useFeedLoader(state.stream.status, state.feed.loaded, dispatch);
  useCellsLoader(state.view, state.filters, dispatch);
  usePointsLoader(state.view, state.filters, dispatch);
  useHotspotsLoader(state.filters, dispatch);
  // The map's ward names are drawn in the reader's language, which the app holds.
  useEffect(() => dispatch({ type: 'view/langSet', lang }), [lang]);
  return [state, dispatch];
}

function useLiveStream(dispatch: Dispatch<Action>): void {
  useEffect(
    () =>
      connectLiveStream({
        onEvent: (kind, payload) => dispatch({ type: 'stream/event', kind, payload, now: Date.now() }),
        onStatus: (status) => dispatch({ type: 'stream/status', status }),
        onHotspot: (event) => dispatch({ type: 'hotspots/changed', event }),
      }),
    [dispatch],
  );
}
