import type { TeamEventPayload, TeamMovedPayload, TeamWithTrail, TrailPoint } from '@matthan/server/contracts';

/** The field teams this user may see, by id, with their recent trails (newest first). */
export interface TeamsState {
  loaded: boolean;
  byId: ReadonlyMap<string, TeamWithTrail>;
  /** Grows with every change, for the layers' updateTriggers. */
  version: number;
}

export const initialTeams: TeamsState = { loaded: false, byId: new Map(), version: 0 };

/** As the server keeps them: the last 30 minutes, at most 20 points. */
export const TRAIL_MAX_POINTS = 20;
export const TRAIL_MAX_AGE_MS = 30 * 60_000;

export function teamsLoaded(s: TeamsState, a: { teams: readonly TeamWithTrail[] }): TeamsState {
  return { loaded: true, byId: new Map(a.teams.map((t) => [t.id, t])), version: s.version + 1 };
}

/** A status or assignment change: the team's fields change, its trail stays. Older news is ignored. */
export function teamUpdated(s: TeamsState, a: { event: TeamEventPayload }): TeamsState {
  const { team } = a.event;
  const old = s.byId.get(team.id);
  if (old && Date.parse(old.updatedAt) > Date.parse(team.updatedAt)) return s;
  const byId = new Map(s.byId);
  byId.set(team.id, { ...team, position: team.position ?? old?.position ?? null, trail: old?.trail ?? [] });
  return { ...s, byId, version: s.version + 1 };
}

/** A phone's new position: the team moves and the old position joins the trail. */
export function teamMoved(s: TeamsState, a: { event: TeamMovedPayload; now: number }): TeamsState {
  const old = s.byId.get(a.event.teamId);
  if (!old) return s; // a team we were not shown (another unit's); GET /api/teams would not list it either
  if (old.positionAt && Date.parse(old.positionAt) >= Date.parse(a.event.at)) return s;
  const point: TrailPoint = { position: a.event.position, at: a.event.at };
  const trail = [point, ...old.trail]
    .filter((p) => a.now - Date.parse(p.at) <= TRAIL_MAX_AGE_MS)
    .slice(0, TRAIL_MAX_POINTS);
  const byId = new Map(s.byId);
  byId.set(old.id, { ...old, position: a.event.position, positionAt: a.event.at, trail });
  return { ...s, byId, version: s.version + 1 };
}

/** The teams in a stable order for lists: by unit, then name. */
export function teamList(s: TeamsState): TeamWithTrail[] {
  return [...s.byId.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.name.localeCompare(b.name));
}
