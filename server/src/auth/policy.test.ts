import { describe, expect, it } from 'vitest';
import type { Role } from '../contracts/auth.js';
import type { Actor } from './actor.js';
import { MATRIX } from '../testing/access-matrix.js';
import { ACTIONS, authorize, can } from './policy.js';

const user = (role: Role, unitCode: string | null = null, teamId: string | null = null): Actor => ({
  kind: 'user',
  id: '00000000-0000-4000-8000-00000000000' + role.length,
  username: role,
  displayName: role,
  role,
  unitCode,
  teamId,
});

const OWN = { unitCode: '00004', teamId: 'team-a' };
const OTHER = { unitCode: '00008', teamId: 'team-b' };
const staff = user('unit_staff', '00004');
const field = user('field_team', null, 'team-a');

const ACTORS: Record<string, Actor> = {
  U: staff,
  F: field,
  O: user('operator'),
  D: user('dispatcher'),
  P: user('planner'),
  A: user('admin'),
  C: user('citizen'),
};

describe('access policy: every role × every action', () => {
  it('has a row for every action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    it(`decides ${action} as the matrix says, on the actor's own unit/team and on another`, () => {
      for (const [letter, actor] of Object.entries(ACTORS)) {
        expect([letter, can(actor, action, OWN)]).toEqual([letter, MATRIX[action].own.includes(letter)]);
        expect([letter, can(actor, action, OTHER)]).toEqual([letter, MATRIX[action].other.includes(letter)]);
      }
      expect(can({ kind: 'anonymous' }, action, OWN)).toBe(false);
    });
  }

  it('lets a field team act only on reports its own team holds, not on an unassigned one', () => {
    expect(can(field, 'report.resolve', { unitCode: '00004', teamId: null })).toBe(false);
    expect(can(user('field_team'), 'report.resolve', { unitCode: '00004', teamId: null })).toBe(false);
  });

  it('answers 401 to nobody and 403 to a user without the right', () => {
    expect(() => authorize({ kind: 'anonymous' }, 'report.receive', OWN)).toThrow(
      expect.objectContaining({ status: 401 }),
    );
    expect(() => authorize(staff, 'report.receive', OTHER)).toThrow(
      expect.objectContaining({ status: 403, code: 'forbidden' }),
    );
    expect(authorize(staff, 'report.receive', OWN)).toBe(staff);
  });
});
