import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../contracts/auth.js';
import { jsonPost, useTestApp } from '../testing/app.js';
import { MATRIX } from '../testing/access-matrix.js';
import type { SignedInUser } from '../testing/auth.js';
import { workflowKit } from '../workflow/workflow-test-kit.js';
import type { Action } from './policy.js';

// Every role × every report action through HTTP, on a report of the actor's own unit (and team)
// and on one of another unit: the routes must enforce exactly the hand-written matrix.
const ctx = useTestApp();
const kit = workflowKit(ctx);
const OWN_UNIT = '00004';
const OTHER_UNIT = '00008';
const TEAM_A = '00000000-0000-4000-8000-00000000aaaa';
const TEAM_B = '00000000-0000-4000-8000-00000000bbbb';

const ROLES: Record<string, { role: Role; unitCode?: string; teamId?: string }> = {
  U: { role: 'unit_staff', unitCode: OWN_UNIT },
  F: { role: 'field_team', teamId: TEAM_A },
  O: { role: 'operator' },
  D: { role: 'dispatcher' },
  P: { role: 'planner' },
  A: { role: 'admin' },
  C: { role: 'citizen' },
};
const users: Record<string, SignedInUser | null> = { '-': null };

beforeAll(async () => {
  await ctx.t.db.query(
    `INSERT INTO teams (id, name, unit_code, skills) VALUES ($1, 'Đội A', $3, '{noise}'), ($2, 'Đội B', $4, '{noise}')`,
    [TEAM_A, TEAM_B, OWN_UNIT, OTHER_UNIT],
  );
  for (const [letter, r] of Object.entries(ROLES)) users[letter] = await kit.as(r.role, r);
});

type Prepared = { status: string; linked?: boolean };
const COMMANDS: Record<string, { body: (originalId: string) => Record<string, unknown>; from: Prepared }> = {
  receive: { body: () => ({ action: 'receive' }), from: { status: 'new' } },
  start: { body: () => ({ action: 'start' }), from: { status: 'assigned' } },
  resolve: { body: () => ({ action: 'resolve', note: 'Đã xử lý xong' }), from: { status: 'in_progress' } },
  close: { body: () => ({ action: 'close' }), from: { status: 'resolved' } },
  reopen: { body: () => ({ action: 'reopen', reason: 'Chưa xử lý triệt để' }), from: { status: 'resolved' } },
  reject: { body: () => ({ action: 'reject', reason: 'Không đúng sự thật' }), from: { status: 'received' } },
  not_responsible: {
    body: () => ({ action: 'not_responsible', responsible: 'EVN Hà Nội' }),
    from: { status: 'received' },
  },
  duplicate: { body: (originalId) => ({ action: 'duplicate', originalId }), from: { status: 'received' } },
  unmerge: { body: () => ({ action: 'unmerge' }), from: { status: 'duplicate', linked: true } },
  transfer: {
    body: () => ({ action: 'transfer', unitCode: 'SXD', reason: 'Thuộc thẩm quyền của Sở' }),
    from: { status: 'received' },
  },
  confirm_ward: { body: () => ({ action: 'confirm_ward' }), from: { status: 'received' } },
  set_priority: { body: () => ({ action: 'set_priority', priority: 'high' }), from: { status: 'received' } },
};

/** A report of the unit (and team), put straight into the status the action starts from. */
async function reportIn(unitCode: string, teamId: string, from: Prepared): Promise<{ id: string; originalId: string }> {
  const r = await kit.newReport({ category: 'noise' });
  const original = from.linked || from.status === 'received' ? (await kit.newReport({ category: 'noise' })).id : r.id;
  await ctx.t.db.query(`UPDATE reports SET unit_code = $2, team_id = $3, status = $4, linked_to = $5 WHERE id = $1`, [
    r.id,
    unitCode,
    teamId,
    from.status,
    from.linked ? original : null,
  ]);
  return { id: r.id, originalId: original };
}

const expected = (action: Action, letter: string, own: boolean) =>
  letter !== '-' && MATRIX[action][own ? 'own' : 'other'].includes(letter);

describe('role matrix through HTTP: every role × every report action', () => {
  for (const [name, cmd] of Object.entries(COMMANDS)) {
    it(`enforces report.${name} on own and other units`, async () => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const letter of Object.keys(users)) {
        for (const own of [true, false]) {
          const r = await reportIn(own ? OWN_UNIT : OTHER_UNIT, own ? TEAM_A : TEAM_B, cmd.from);
          const res = await kit.act(users[letter]!, r.id, cmd.body(r.originalId));
          outcomes.push(`${letter}/${own ? 'own' : 'other'}: ${res.status}`);
          const allowed = expected(`report.${name}` as Action, letter, own);
          wanted.push(`${letter}/${own ? 'own' : 'other'}: ${allowed ? 200 : letter === '-' ? 401 : 403}`);
        }
      }
      expect(outcomes).toEqual(wanted);
    });
  }

  const READS: [string, Action][] = [
    ['staff', 'report.read_internal'],
    ['holdings', 'report.read_internal'],
    ['audit', 'report.audit'],
  ];
  for (const [path, action] of READS) {
    it(`enforces ${action} on GET /api/reports/:id/${path}`, async () => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const letter of Object.keys(users)) {
        for (const own of [true, false]) {
          const r = await reportIn(own ? OWN_UNIT : OTHER_UNIT, own ? TEAM_A : TEAM_B, { status: 'assigned' });
          const res = await kit.get(users[letter]!, `/api/reports/${r.id}/${path}`);
          outcomes.push(`${letter}/${own}: ${res.status}`);
          wanted.push(`${letter}/${own}: ${expected(action, letter, own) ? 200 : letter === '-' ? 401 : 403}`);
        }
      }
      expect(outcomes).toEqual(wanted);
    });
  }

  const GLOBAL: [string, Action][] = [
    ['/api/admin/routing-rules', 'rules.manage'],
    ['/api/admin/users', 'users.manage'],
    ['/api/admin/routing-settings', 'rules.manage'],
    ['/api/admin/api-keys', 'apikeys.manage'],
  ];
  for (const [path, action] of GLOBAL) {
    it(`enforces ${action} on GET ${path}`, async () => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const letter of Object.keys(users)) {
        outcomes.push(`${letter}: ${(await kit.get(users[letter]!, path)).status}`);
        wanted.push(`${letter}: ${expected(action, letter, true) ? 200 : letter === '-' ? 401 : 403}`);
      }
      expect(outcomes).toEqual(wanted);
    });
  }

  it('lets a citizen do no staff action even on a report they sent', async () => {
    const citizen = users.C!;
    const r = await kit.newReport();
    for (const cmd of Object.values(COMMANDS)) {
      expect((await kit.act(citizen, r.id, cmd.body(r.id))).status).toBe(403);
    }
    const created = await ctx.a.app.request(
      '/api/admin/users',
      jsonPost({ username: 'x-y-z', displayName: 'X', role: 'admin', password: 'long enough pw' }, citizen.headers),
    );
    expect(created.status).toBe(403);
  });
});
