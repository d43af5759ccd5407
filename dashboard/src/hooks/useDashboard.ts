import { useEffect, useReducer, type Dispatch } from 'react';
import { connectLiveStream } from '../api/socket.js';
import type { Lang } from '../i18n/messages.js';
import type { FiltersState } from '../state/filters.js';
import { initialState, reducer, type Action, type AppState } from '../state/store.js';
import {
  useCellsLoader,
  useFeedLoader,
  useHotspotsLoader,
  usePointsLoader,
  useReferenceData,
  useTeamsLoader,
} from './loaders.js';

export interface DashboardStart {
  filters?: FiltersState;
  heatmap?: boolean;
  report?: string | null;
}

export interface DashboardSession {
  /** False until the server said who is signed in: the stream waits, so it connects once. */
  known: boolean;
  /** Who is signed in: the stream reconnects when it changes, so its events follow the rights. */
  userId: string | null;
  /** Whether the user may see field teams (their positions and statuses). */
  seesTeams: boolean;
}

/** The dashboard's state and everything that feeds it: API loads and the live stream. */
export function useDashboard(
  lang: Lang,
  session: DashboardSession,
  start: DashboardStart = {},
): [AppState, Dispatch<Action>] {
  const [state, dispatch] = useReducer(reducer, null, () => ({
    ...initialState,
    filters: start.filters ?? initialState.filters,
    view: { ...initialState.view, lang, heatmap: start.heatmap ?? false, selected: start.report ?? null },
  }));
  useReferenceData(dispatch);
  useLiveStream(dispatch, session.known, session.userId);
  useTeamsLoader(session.seesTeams ? state.stream.status : null, dispatch);
  useFeedLoader(state.stream.status, state.feed.loaded, dispatch);
  useCellsLoader(state.view, state.filters, dispatch);
  usePointsLoader(state.view, state.filters, dispatch);
  useHotspotsLoader(state.filters, dispatch);
  // The map's ward names are drawn in the reader's language, which the app holds.
  useEffect(() => dispatch({ type: 'view/langSet', lang }), [lang]);
  return [state, dispatch];
}

function useLiveStream(dispatch: Dispatch<Action>, known: boolean, userId: string | null): void {
  useEffect(() => {
    if (!known) return;
    return connectLiveStream({
      onEvent: (kind, payload) => dispatch({ type: 'stream/event', kind, payload, now: Date.now() }),
      onStatus: (status) => dispatch({ type: 'stream/status', status }),
      onHotspot: (event) => dispatch({ type: 'hotspots/changed', event }),
      onTeam: (event) => dispatch({ type: 'teams/updated', event }),
      onTeamMoved: (event) => dispatch({ type: 'teams/moved', event, now: Date.now() }),
    });
    // A new session is a new handshake: the server decides again which team events we get.
  }, [dispatch, known, userId]);
}
