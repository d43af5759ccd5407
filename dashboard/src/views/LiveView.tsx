import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo, useState } from 'react';
import { Counters } from '../components/Counters.js';
import { Drawer } from '../components/Drawer.js';
import { ReportDetails } from '../components/ReportDetails.js';
import { FilterBar } from '../components/FilterBar.js';
import { Legend } from '../components/Legend.js';
import { LiveFeed } from '../components/LiveFeed.js';
import { MapTools } from '../components/MapTools.js';
import { StreamStatus } from '../components/StreamStatus.js';
import { useAnimationClock } from '../hooks/useAnimationClock.js';
import { useCounters } from '../hooks/useCounters.js';
import { useDashboard } from '../hooks/useDashboard.js';
import { useEmergingMarks } from '../hooks/useEmergingMarks.js';
import { useLiveLink } from '../hooks/useLiveLink.js';
import { useReportDetail } from '../hooks/useReportDetail.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { Lang } from '../i18n/messages.js';
import { CityMap } from '../map/CityMap.js';
import { buildLayers, LAYER_IDS } from '../map/layers.js';
import { tooltipText } from '../map/tooltip.js';
import { liveCounterRequests } from '../state/counters.js';
import { visibleFeed } from '../state/feed.js';
import { filtersKey } from '../state/filters.js';
import { hasActivePulses, pulseFrames } from '../state/pulses.js';
import { wardOptions } from '../state/reference.js';
import { parseLiveLink } from '../state/url.js';
import { showsPoints, type BBox } from '../state/view.js';
import { teamLayers, TEAM_LAYER_IDS, type DispatchLines } from '../map/team-layers.js';
import { useSession } from '../session/SessionContext.js';
import { may } from '../session/session.js';
import { StaffDrawer } from '../workflow/StaffDrawer.js';
import { TeamsPanel } from '../workflow/TeamsPanel.js';
import { teamList } from '../workflow/teams.js';
import { useUnits } from '../workflow/useUnits.js';
import type { LngLat, Recommendations, TeamWithTrail } from '@matthan/server/contracts';
import type { Translate } from '../i18n/translate.js';

const LIVE_COUNTERS = [
  { key: 'today', label: 'counterToday' },
  { key: 'open', label: 'counterOpen' },
  { key: 'overdue', label: 'counterOverdue' },
  { key: 'done', label: 'counterDone' },
] as const;

export interface LiveViewProps {
  lang: Lang;
  search: string;
  navigate(path: string, opts?: { replace?: boolean }): void;
}

/** The operations room's wall: the live map, every filter (kept in the URL), figures and the feed. */
export function LiveView({ lang, search, navigate }: LiveViewProps) {
  const { t } = useI18n();
  const { session } = useSession();
  const staff = may(session, 'report.read_internal');
  const seesTeams = may(session, 'team.read');
  const [start] = useState(() => parseLiveLink(search));
  const [state, dispatch] = useDashboard(
    lang,
    { known: session.known, userId: session.user?.id ?? null, seesTeams },
    start,
  );
  const [camera, act] = useLiveLink(state, dispatch, search, navigate);
  const { reference, view, cells, points, filters, feed, stream, hotspots, pulses, teams } = state;
  const units = useUnits(staff);
  const teamRows = useMemo(() => (seesTeams ? teamList(teams) : []), [teams, seesTeams]);
  const [proposed, setProposed] = useState<DispatchLines | null>(null);
  const now = useAnimationClock(hasActivePulses(pulses, Date.now()));
  const feedItems = useMemo(() => visibleFeed(feed, filters, Date.now()), [feed, filters]);
  const counts = useCounters(liveCounterRequests(filters, Date.now()), filtersKey(filters), stream.events);
  const wards = useMemo(() => wardOptions(reference, lang), [reference, lang]);
  const frames = useMemo(() => pulseFrames(pulses, now), [pulses, now]);
  const emerging = useEmergingMarks(filters);
  const layers = useMemo(
    () => [
      ...buildLayers({ reference, view, cells, points, hotspots, emerging, rings: { frames, frame: now } }),
      ...(seesTeams ? teamLayers(teamRows, teams.version, proposed) : []),
    ],
    [reference, view, cells, points, hotspots, emerging, frames, now, seesTeams, teamRows, teams.version, proposed],
  );
  const onViewChange = useCallback(
    (v: { zoom: number; bounds: BBox; center: [number, number] }) => act({ type: 'view/changed', ...v }),
    [act],
  );
  const selected = view.selected;
  const setSelected = useCallback((id: string | null) => act({ type: 'view/reportSelected', id }), [act]);
  const detail = useReportDetail(staff ? null : selected);
  const onPick = useCallback(
    (info: PickingInfo) => {
      if (info.layer?.id === LAYER_IDS.points) setSelected((info.object as { id: string }).id);
    },
    [setSelected],
  );
  const tooltip = useCallback(
    (info: PickingInfo) =>
      info.layer?.id === TEAM_LAYER_IDS.teams
        ? teamTooltip(info.object as TeamWithTrail, t)
        : tooltipText(info.layer?.id, info.object, { t, lang: view.lang, reference }),
    [t, view.lang, reference],
  );
  const onProposed = useCallback((from: LngLat, items: Recommendations['items']) => {
    const to = items.flatMap((i) => (i.team.position ? [i.team.position] : []));
    setProposed(to.length > 0 ? { from, to } : null);
  }, []);

  return (
    <>
      <FilterBar
        categories={reference.categories}
        filters={filters}
        wards={wards}
        onToggle={(code) => act({ type: 'filters/categoryToggled', code })}
        onClear={() => act({ type: 'filters/categoriesCleared' })}
        onPeriod={(period) => act({ type: 'filters/periodSet', period })}
        onStatuses={(statuses) => act({ type: 'filters/statusesSet', statuses })}
        onWard={(ward) => act({ type: 'filters/wardSet', ward })}
        onOverdue={(overdue) => act({ type: 'filters/overdueSet', overdue })}
      >
        <StreamStatus status={stream.status} />
      </FilterBar>
      <main className="app__main">
        <div className="app__map">
          {reference.config ? (
            <CityMap
              config={reference.config}
              layers={layers}
              camera={camera}
              onViewChange={onViewChange}
              tooltip={tooltip}
              onPick={onPick}
            />
          ) : (
            <p className="app__notice" role="status">
              {reference.status === 'failed' ? t('loadFailed', { message: reference.error ?? '' }) : t('loading')}
            </p>
          )}
          <MapTools heatmap={view.heatmap} onHeatmap={(heatmap) => act({ type: 'view/heatmapSet', heatmap })} />
          <Legend total={cells.total} showsPoints={showsPoints(view)} />
        </div>
        <div className="side">
          <Counters counts={counts} items={LIVE_COUNTERS} />
          {seesTeams && <TeamsPanel teams={teamRows} />}
          <LiveFeed items={feedItems} reference={reference} onSelect={setSelected} />
        </div>
        {selected && (
          <Drawer title={t('drawerTitle')} onClose={() => setSelected(null)}>
            {staff ? (
              <StaffDrawer
                key={selected}
                reportId={selected}
                liveVersion={view.selectedVersion}
                reference={reference}
                units={units}
                teams={teams.byId}
                onOpen={setSelected}
                onProposed={onProposed}
              />
            ) : (
              <ReportDetails load={detail} reference={reference} />
            )}
          </Drawer>
        )}
      </main>
    </>
  );
}

function teamTooltip(team: TeamWithTrail, t: Translate): string {
  return t('tooltipTeam', { team: team.name, status: t(`team_${team.status}`) });
}
