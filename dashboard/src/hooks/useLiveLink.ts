import { useCallback, useMemo, useRef, type Dispatch } from 'react';
import { reducer, type Action, type AppState } from '../state/store.js';
import { filtersChanged, liveLinkSearch, parseLiveLink, type Camera } from '../state/url.js';

/**
 * Keeps the live view's filters, heatmap switch and camera in the address bar. The page writes
 * the URL when the reader acts (a filter change is a history entry, a pan replaces the current
 * one); back and forward come in as a new `search`, which replaces the filters and moves the map.
 * Returns the camera the URL asks for and a dispatch that also writes the URL.
 */
export function useLiveLink(
  state: AppState,
  dispatch: Dispatch<Action>,
  search: string,
  navigate: (path: string, opts?: { replace?: boolean }) => void,
): [Camera | null, Dispatch<Action>] {
  const link = useMemo(() => parseLiveLink(search), [search]);
  const latest = useRef(state);
  latest.current = state;
  const written = useRef(search);

  if (search !== written.current) {
    // Back or forward: the URL leads, the state follows. This runs during render (React re-renders
    // at once) so the map's jump, whose moveend writes the URL, already sees the new filters.
    written.current = search;
    dispatch({ type: 'filters/replaced', filters: link.filters });
    dispatch({ type: 'view/heatmapSet', heatmap: link.heatmap });
    dispatch({ type: 'view/reportSelected', id: link.report });
  }

  const act = useCallback(
    (action: Action) => {
      const next = reducer(latest.current, action);
      latest.current = next;
      dispatch(action);
      const { filters, view } = next;
      const camera = view.center ? { center: view.center, zoom: view.zoom } : null;
      const nextSearch = liveLinkSearch({ filters, camera, heatmap: view.heatmap, report: view.selected });
      if (nextSearch === written.current) return;
      const replace = !filtersChanged(written.current, nextSearch);
      written.current = nextSearch;
      navigate(nextSearch ? `/?${nextSearch}` : '/', { replace });
    },
    [dispatch, navigate],
  );
  return [link.camera, act];
}
