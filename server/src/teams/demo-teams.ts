import { readFile } from 'node:fs/promises';
import type { Db } from '../db/pool.js';
import { insertDemoTeams, type DemoTeamRow } from './teams.repository.js';

/** Reads the demo field teams from seeds/teams.json (`dir` is the seeds folder, ending in /). */
export async function readDemoTeams(dir: string): Promise<DemoTeamRow[]> {
  return JSON.parse(await readFile(dir + 'teams.json', 'utf8')) as DemoTeamRow[];
}

/**
 * Demo data only, never with the reference data: a real city enters its own teams. Safe to run
 * again (existing ids are kept); a team whose unit is missing is left out. Returns how many were added.
 */
export async function loadDemoTeams(db: Db, dir: string, now: Date): Promise<number> {
  return insertDemoTeams(db, await readDemoTeams(dir), now);
}
