import { readFile } from 'node:fs/promises';
import type { Role } from '../contracts/auth.js';
import type { Db } from '../db/pool.js';
import { SEEDS_DIR } from '../seed/reference.js';
import { firstTeamId, usernameExists } from './auth.repository.js';
import type { AuthService } from './auth.service.js';

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unitCode?: string;
  team?: 'first';
}

/**
 * The embedded engine's demo accounts, one per role (seeds/demo-accounts.json), all with the demo
 * password. Only `npm start` on the embedded engine calls this: never a real database.
 * Returns the accounts, to print.
 */
export async function ensureDemoAccounts(db: Db, auth: AuthService, password: string): Promise<DemoAccount[]> {
  const accounts = JSON.parse(await readFile(SEEDS_DIR + 'demo-accounts.json', 'utf8')) as DemoAccount[];
  const teamId = await firstTeamId(db);
  const made: DemoAccount[] = [];
  for (const a of accounts) {
    if (a.team && !teamId) continue; // no demo teams (the database had reports before): no field account
    if (!(await usernameExists(db, a.username))) {
      await auth.createUser({
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        unitCode: a.unitCode ?? null,
        teamId: a.team ? teamId : null,
        password,
      });
    }
    made.push(a);
  }
  return made;
}

/** The table npm start prints, so a newcomer can sign in as each role. */
export function demoAccountsTable(accounts: DemoAccount[], password: string): string {
  const lines = accounts.map((a) => `  ${a.username.padEnd(10)} ${a.role.padEnd(11)} ${a.displayName}`);
  return [`[matthan] demo accounts (password: ${password}) — embedded engine only:`, ...lines].join('\n');
}
