import type {
  CellsResponse,
  Category,
  HotspotChangedPayload,
  HotspotsResponse,
  PublicReport,
  ReportEventName,
  ReportEventPayload,
  ReportStatus,
  TeamEventPayload,
  TeamMovedPayload,
  TeamWithTrail,
} from '@matthan/server/contracts';
import type { MapConfig, Wards } from '../api/types.js';
import type { Lang } from '../i18n/messages.js';
import * as cells from './cells.js';
import * as feed from './feed.js';
import * as filters from './filters.js';
import * as hotspots from './hotspots.js';
import * as points from './points.js';
import * as pulses from './pulses.js';
import * as reference from './reference.js';
import * as stream from './stream.js';
import * as view from './view.js';
import * as teams from '../workflow/teams.js';

/** The whole dashboard state: one slice per concern, each changed only by its pure updaters. */
export interface AppState {
  reference: reference.ReferenceState;
  view: view.ViewState;
  filters: filters.FiltersState;
  cells: cells.CellsState;
  points: points.PointsState;
  feed: feed.FeedState;
  stream: stream.StreamState;
  hotspots: hotspots.HotspotsState;
  pulses: pulses.PulsesState;
  teams: teams.TeamsState;
}

export const initialState: AppState = {
  reference: reference.initialReference,
  view: view.initialView,
  filters: filters.initialFilters,
  cells: cells.initialCells,
  points: points.initialPoints,
  feed: feed.initialFeed,
  stream: stream.initialStream,
  hotspots: hotspots.initialHotspots,
  pulses: pulses.initialPulses,
  teams: teams.initialTeams,
};

export type Action =
  | { type: 'reference/loaded'; config: MapConfig; categories: readonly Category[]; wards: Wards }
  | { type: 'reference/failed'; message: string }
  | { type: 'view/changed'; zoom: number; bounds: view.BBox; center?: [number, number] }
  | { type: 'view/langSet'; lang: Lang }
  | { type: 'view/heatmapSet'; heatmap: boolean }
  | { type: 'view/reportSelected'; id: string | null }
  | { type: 'filters/statusesSet'; statuses: readonly ReportStatus[] }
  | { type: 'filters/wardSet'; ward: string | null }
  | { type: 'filters/replaced'; filters: filters.FiltersState }
  | { type: 'filters/categoryToggled'; code: string }
  | { type: 'filters/categoriesCleared' }
  | { type: 'filters/periodSet'; period: filters.Period }
  | { type: 'filters/overdueSet'; overdue: boolean }
  | { type: 'cells/requested'; request: cells.CellsRequest }
  | { type: 'cells/loaded'; key: string; response: CellsResponse }
  | { type: 'points/requested'; request: points.PointsRequest }
  | { type: 'points/loaded'; key: string; items: readonly PublicReport[] }
  | { type: 'feed/loaded'; items: readonly PublicReport[] }
  | { type: 'hotspots/requested'; request: hotspots.HotspotsRequest }
  | { type: 'hotspots/loaded'; key: string; response: HotspotsResponse }
  | { type: 'hotspots/changed'; event: HotspotChangedPayload }
  | { type: 'teams/loaded'; teams: readonly TeamWithTrail[] }
  | { type: 'teams/updated'; event: TeamEventPayload }
  | { type: 'teams/moved'; event: TeamMovedPayload; now: number }
  | { type: 'stream/status'; status: stream.StreamStatus }
  | { type: 'stream/event'; kind: ReportEventName; payload: ReportEventPayload; now: number };

/** Routes each action to the updaters of the slices it concerns. */
export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'reference/loaded':
      return { ...state, reference: reference.referenceLoaded(state.reference, action) };
    case 'reference/failed':
      return { ...state, reference: reference.referenceFailed(state.reference, action) };
    case 'view/changed':
      return { ...state, view: view.viewChanged(state.view, action) };
    case 'view/langSet':
      return { ...state, view: view.langSet(state.view, action) };
    case 'view/heatmapSet':
      return { ...state, view: view.heatmapSet(state.view, action) };
    case 'view/reportSelected':
      return { ...state, view: view.reportSelected(state.view, action) };
    case 'filters/statusesSet':
      return { ...state, filters: filters.statusesSet(state.filters, action) };
    case 'filters/wardSet':
      return { ...state, filters: filters.wardSet(state.filters, action) };
    case 'filters/replaced':
      return { ...state, filters: filters.filtersReplaced(state.filters, action) };
    case 'filters/categoryToggled': {
      const allCodes = state.reference.categories.map((c) => c.code);
      return { ...state, filters: filters.categoryToggled(state.filters, { code: action.code, allCodes }) };
    }
    case 'filters/categoriesCleared':
      return { ...state, filters: filters.categoriesCleared(state.filters) };
    case 'filters/periodSet':
      return { ...state, filters: filters.periodSet(state.filters, action) };
    case 'filters/overdueSet':
      return { ...state, filters: filters.overdueSet(state.filters, action) };
    case 'cells/requested':
      return { ...state, cells: cells.cellsRequested(state.cells, action) };
    case 'cells/loaded':
      return { ...state, cells: cells.cellsLoaded(state.cells, action) };
    case 'points/requested':
      return { ...state, points: points.pointsRequested(state.points, action) };
    case 'points/loaded':
      return { ...state, points: points.pointsLoaded(state.points, action) };
    case 'feed/loaded':
      return { ...state, feed: feed.feedLoaded(state.feed, action) };
    case 'hotspots/requested':
      return { ...state, hotspots: hotspots.hotspotsRequested(state.hotspots, action) };
    case 'hotspots/loaded':
      return { ...state, hotspots: hotspots.hotspotsLoaded(state.hotspots, action) };
    case 'hotspots/changed':
      return { ...state, hotspots: hotspots.hotspotChanged(state.hotspots, action) };
    case 'teams/loaded':
      return { ...state, teams: teams.teamsLoaded(state.teams, action) };
    case 'teams/updated':
      return {
        ...state,
        teams: teams.teamUpdated(state.teams, action),
        view: view.selectedTouched(state.view, { reportId: action.event.team.currentReportId }),
      };
    case 'teams/moved':
      return { ...state, teams: teams.teamMoved(state.teams, action) };
    case 'stream/status':
      return { ...state, stream: stream.streamStatusChanged(state.stream, action) };
    case 'stream/event':
      return {
        ...reportEvent(state, action.kind, action.payload.report, action.now),
        stream: stream.streamEventSeen(state.stream),
        view: view.selectedTouched(state.view, { reportId: action.payload.report.id }),
      };
  }
}

/** One live event touches the feed, the hexagon counts and the points. */
function reportEvent(state: AppState, kind: ReportEventName, report: PublicReport, now: number) {
  if (kind === 'report:created') {
    return {
      ...state,
      feed: feed.feedReportCreated(state.feed, { report }),
      cells: cells.cellsReportCreated(state.cells, { report, now }),
      points: points.pointsReportCreated(state.points, { report, now }),
      pulses: pulses.pulseAdded(state.pulses, { report, now }),
    };
  }
  return {
    ...state,
    feed: feed.feedReportUpdated(state.feed, { report }),
    points: points.pointsReportUpdated(state.points, { report }),
  };
}
