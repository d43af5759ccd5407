import { expect } from 'vitest';
import type { LngLat } from '../contracts/common.js';
import { Team, type TeamCreateInput } from '../contracts/team.js';
import { jsonPost } from '../testing/app.js';

type Fetcher = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

let n = 0;

/** Creates a team through POST /api/teams (as the given admin) and returns it. */
export async function createTeam(
  app: Fetcher,
  admin: Record<string, string>,
  over: Partial<TeamCreateInput> & { position?: LngLat } = {},
): Promise<Team> {
  const body = { name: `Đội thử nghiệm số ${++n}`, unitCode: '00070', skills: ['trash'], ...over };
  const res = await app.request('/api/teams', jsonPost(body, admin));
  expect(res.status, await res.clone().text()).toBe(201);
  return Team.parse(await res.json());
}
