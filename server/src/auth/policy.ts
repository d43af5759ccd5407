import type { Role } from '../contracts/auth.js';
import { AppError } from '../http/errors.js';
import type { Actor } from './actor.js';

/**
 * Everything staff can do. `report.*` actions act on one report and are checked against its unit
 * (and team); the others are global. The one place that decides access: routes and services call
 * `authorize`, never compare roles themselves.
 */
export const ACTIONS = [
  'report.read_internal',
  'report.read_contact',
  'report.receive',
  'report.start',
  'report.resolve',
  'report.close',
  'report.reopen',
  'report.reject',
  'report.not_responsible',
  'report.duplicate',
  'report.unmerge',
  'report.transfer',
  'report.confirm_ward',
  'report.set_priority',
  'report.assign',
  'report.audit',
  'dispatch.recommend',
  'team.read',
  'team.manage',
  'team.report_position',
  'team.set_status',
  'stats.read',
  'rules.manage',
  'calendar.manage',
  'users.manage',
  'apikeys.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a report or team action is checked against: the unit that holds it and its team. */
export interface Target {
  unitCode?: string | null;
  teamId?: string | null;
}

// What handling staff do: every report action but the audit trail, plus dispatch, teams, figures.
const HANDLING: Action[] = ACTIONS.filter(
  (a) =>
    (a.startsWith('report.') && a !== 'report.audit') || ['dispatch.recommend', 'team.read', 'stats.read'].includes(a),
);

/** Per role: the actions it may take, and whether they are limited to its own unit or team. */
const GRANTS: Record<Role, { actions: readonly Action[]; scope: 'city' | 'unit' | 'team' }> = {
  admin: { actions: ACTIONS, scope: 'city' },
  operator: { actions: HANDLING, scope: 'city' },
  unit_staff: { actions: HANDLING, scope: 'unit' },
  dispatcher: {
    actions: [
      'report.read_internal',
      'report.assign',
      'dispatch.recommend',
      'team.read',
      'team.set_status',
      'stats.read',
    ],
    scope: 'city',
  },
  field_team: {
    actions: ['report.read_internal', 'report.start', 'report.resolve', 'team.report_position', 'team.set_status'],
    scope: 'team',
  },
  planner: { actions: ['report.read_internal', 'team.read', 'stats.read'], scope: 'city' },
  citizen: { actions: [], scope: 'city' },
};

/** Whether the actor may take the action on the target. Pure: the role matrix test calls it directly. */
export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  if (actor.kind !== 'user') return false;
  const grant = GRANTS[actor.role];
  if (!grant.actions.includes(action)) return false;
  if (grant.scope === 'unit') return target.unitCode === undefined || target.unitCode === actor.unitCode;
  if (grant.scope === 'team') return target.teamId === undefined || (!!actor.teamId && target.teamId === actor.teamId);
  return true;
}

/** Every action the actor may take somewhere (its unit or team, or the city): the dashboard's menu. */
export function actionsOf(actor: Actor): Action[] {
  return actor.kind === 'user' ? [...GRANTS[actor.role].actions] : [];
}

/** Where the actor may take the action: everywhere, in its unit, on its team's reports, or nowhere (null). */
export type Scope = { kind: 'city' } | { kind: 'unit'; unitCode: string } | { kind: 'team'; teamId: string };

export function scopeOf(actor: Actor, action: Action): Scope | null {
  if (actor.kind !== 'user' || !GRANTS[actor.role].actions.includes(action)) return null;
  const scope = GRANTS[actor.role].scope;
  if (scope === 'unit') return actor.unitCode ? { kind: 'unit', unitCode: actor.unitCode } : null;
  if (scope === 'team') return actor.teamId ? { kind: 'team', teamId: actor.teamId } : null;
  return { kind: 'city' };
}

const signInRequired = () =>
  new AppError(401, 'sign_in_required', { vi: 'Bạn cần đăng nhập để làm việc này.', en: 'Sign in to do this.' });

const forbidden = () =>
  new AppError(403, 'forbidden', {
    vi: 'Tài khoản của bạn không có quyền làm việc này (với phản ánh hoặc đội này).',
    en: 'Your account may not do this (to this report or team).',
  });

/** Throws 401 for nobody signed in and 403 for a user without the right; returns the user otherwise. */
export function authorize(actor: Actor, action: Action, target: Target = {}): Extract<Actor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw signInRequired();
  if (!can(actor, action, target)) throw forbidden();
  return actor;
}

/**
 * A route's own check, before its handler: 401 for nobody, 403 unless the role grants one of the
 * actions somewhere (its unit, its team or the city); the service then checks the report's or team's own.
 */
export function authorizeAny(actor: Actor, actions: readonly Action[]): Extract<Actor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw signInRequired();
  if (!actions.some((a) => scopeOf(actor, a) !== null)) throw forbidden();
  return actor;
}
