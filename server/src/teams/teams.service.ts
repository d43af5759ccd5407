import { actorId, type Actor } from '../auth/actor.js';
import { authorize, can } from '../auth/policy.js';
import type { CategoriesService } from '../categories/categories.service.js';
import type { BBox, LngLat } from '../contracts/common.js';
import type { Team, TeamCreateInput, TeamPositionInput, TeamStatus, TeamWithTrail } from '../contracts/team.js';
import { withTransaction, type Db } from '../db/pool.js';
import { AppError } from '../http/errors.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import { appendEvents } from '../reports/events.repository.js';
import { newId } from '../reports/ids.js';
import * as repo from './teams.repository.js';

export interface TeamsDeps {
  db: Db;
  broadcaster: Broadcaster;
  categories: CategoriesService;
  clock: () => Date;
}

export type TeamsService = ReturnType<typeof createTeamsService>;

/** Hà Nội's extent with a little margin: a fix outside it is a broken GPS or a wrong team. */
export const HANOI_BBOX: BBox = [105.28, 20.56, 106.03, 21.39];
const TRAIL_MS = 30 * 60_000;
const TRAIL_MAX = 20;
/** History kept per team: enough for a shift's replay, small enough to stay an index probe. */
export const HISTORY_MS = 24 * 3_600_000;
/** Phone clocks run a little ahead; beyond this a fix "from the future" is refused. */
const CLOCK_SKEW_MS = 60_000;

const inBox = ([lng, lat]: LngLat, [w, s, e, n]: BBox) => lng >= w && lng <= e && lat >= s && lat <= n;

export function teamNotFound(): AppError {
  return new AppError(404, 'team_not_found', { vi: 'Không có đội với mã này.', en: 'No team with this id.' });
}

export function checkPosition(position: LngLat, at: Date, now: Date): void {
  if (!inBox(position, HANOI_BBOX))
    throw new AppError(400, 'position_outside_hanoi', {
      vi: 'Vị trí nằm ngoài Hà Nội. Hãy kiểm tra GPS của điện thoại; vị trí là [kinh độ, vĩ độ].',
      en: 'The position is outside Hà Nội. Check the phone’s GPS; positions are [longitude, latitude].',
    });
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw new AppError(400, 'position_in_future', {
      vi: 'Thời điểm của vị trí ở tương lai. Hãy chỉnh đồng hồ của điện thoại.',
      en: 'The position’s time is in the future. Set the phone’s clock.',
    });
  if (at.getTime() < now.getTime() - HISTORY_MS)
    throw new AppError(400, 'position_too_old', {
      vi: 'Vị trí cũ hơn 24 giờ nên không được ghi nhận.',
      en: 'The position is more than 24 hours old, so it is not recorded.',
    });
}

export function createTeamsService(deps: TeamsDeps) {
  const { db, broadcaster, categories, clock } = deps;

  /** Staff limited to their unit see their unit's teams; city-wide staff see all, or one unit. */
  async function list(actor: Actor, unit: string | undefined): Promise<TeamWithTrail[]> {
    const user = authorize(actor, 'team.read', unit === undefined ? {} : { unitCode: unit });
    const scoped = unit ?? (can(user, 'team.read', { unitCode: null }) ? null : user.unitCode);
    return repo.listTeams(db, scoped, new Date(clock().getTime() - TRAIL_MS), TRAIL_MAX);
  }

  async function create(actor: Actor, input: TeamCreateInput): Promise<Team> {
    const user = authorize(actor, 'team.manage', { unitCode: input.unitCode });
    for (const skill of input.skills)
      if (!(await categories.exists(skill)))
        throw new AppError(400, 'unknown_category', {
          vi: `Không có lĩnh vực "${skill}". Kỹ năng của đội là mã lĩnh vực trong GET /api/categories.`,
          en: `Unknown category "${skill}". A team's skills are category codes from GET /api/categories.`,
        });
    const now = clock();
    if (input.position) checkPosition(input.position, now, now);
    if (!(await repo.unitExists(db, input.unitCode)))
      throw new AppError(422, 'unknown_unit', {
        vi: `Không có đơn vị "${input.unitCode}".`,
        en: `Unknown unit "${input.unitCode}".`,
      });
    const team = await withTransaction(db, async (tx) => {
      const t = await repo.insertTeam(tx, {
        ...input,
        skills: [...new Set(input.skills)],
        id: newId(now.getTime()),
        position: input.position ?? null,
        at: now,
      });
      await appendEvents(tx, [{ teamId: t.id, kind: 'team:created', actor: actorId(user), payload: t, at: now }]);
      return t;
    });
    broadcaster.announce();
    return team;
  }

  /** A fix from the team's phone: stored, and sent live when it is the newest one. */
  async function reportPosition(actor: Actor, teamId: string, input: TeamPositionInput): Promise<Team> {
    authorize(actor, 'team.report_position', { teamId });
    const now = clock();
    const at = input.at ? new Date(input.at) : now;
    checkPosition(input.location, at, now);
    const found = await repo.recordPosition(db, teamId, input.location, at, new Date(now.getTime() - HISTORY_MS));
    if (!found) throw teamNotFound();
    const team = (await repo.getTeam(db, teamId))!;
    if (team.positionAt === at.toISOString())
      broadcaster.teamMoved({ teamId, unitCode: team.unitCode, position: input.location, at: at.toISOString() });
    return team;
  }

  /** Off duty or available again: the team no longer holds a current report. */
  async function setStatus(actor: Actor, teamId: string, status: TeamStatus): Promise<Team> {
    const user = authorize(actor, 'team.set_status', { teamId });
    const now = clock();
    const [team, changed] = await withTransaction(db, async (tx): Promise<[Team, boolean]> => {
      const before = await repo.lockTeamInTx(tx, teamId);
      if (!before) throw teamNotFound();
      if (before.status === status) return [before, false];
      const keepsReport = status === 'en_route' || status === 'on_site';
      const after = (await repo.setTeamStatusInTx(tx, teamId, status, keepsReport ? undefined : null, now))!;
      await appendEvents(tx, [{ teamId, kind: 'team:status_changed', actor: actorId(user), payload: after, at: now }]);
      return [after, true];
    });
    if (changed) broadcaster.announce();
    return team;
  }

  return { list, create, reportPosition, setStatus };
}
