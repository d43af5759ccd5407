import { reportNotFound } from '../reports/errors.js';
import type { Actor } from '../auth/actor.js';
import { authorize, can } from '../auth/policy.js';
import type { Recommendations } from '../contracts/dispatch.js';
import type { Db } from '../db/pool.js';
import { recommendationInputs } from './dispatch.repository.js';
import { rankTeams } from './ranking.js';

export interface DispatchDeps {
  db: Db;
  clock: () => Date;
}

export type DispatchService = ReturnType<typeof createDispatchService>;

/** Viet Nam keeps UTC+7 all year (no daylight saving), so shifts need no time-zone database. */
const HANOI_OFFSET_MS = 7 * 3_600_000;

/** The time of day in Asia/Ho_Chi_Minh, `HH:MM:SS`. Example: 01:30Z → `08:30:00`. */
export function hanoiTimeOfDay(now: Date): string {
  return new Date(now.getTime() + HANOI_OFFSET_MS).toISOString().slice(11, 19);
}

/**
 * How many nearest teams the ranking weighs: more than it returns, since a team a little farther
 * away may know the job or be idle, yet few enough that the query stays an index probe.
 */
export function candidatePool(n: number): number {
  return Math.min(100, Math.max(25, n * 5));
}

export function createDispatchService(deps: DispatchDeps) {
  const { db, clock } = deps;

  /** The top `n` available teams for a report, best first, with the reasons. */
  async function recommend(actor: Actor, reportId: string, n: number): Promise<Recommendations> {
    const user = authorize(actor, 'dispatch.recommend'); // 401/403 before saying whether the report exists
    const now = clock();
    // Staff limited to their unit see and send only their unit's teams (team.read decides).
    const teamUnit = can(user, 'team.read', { unitCode: null }) ? null : user.unitCode;
    const found = await recommendationInputs(db, reportId, hanoiTimeOfDay(now), candidatePool(n), teamUnit);
    if (!found) throw reportNotFound();
    authorize(actor, 'dispatch.recommend', { unitCode: found.report.unitCode });
    return { reportId, ...rankTeams(found.candidates, found.report, now, n) };
  }

  return { recommend };
}
