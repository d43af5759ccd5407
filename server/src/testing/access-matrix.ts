import type { Action } from '../auth/policy.js';

// The matrix written out by hand, row per action: which roles may act on a report of unit 00004
// held by team-a ("own"), and on one of unit 00008 held by team-b ("other"). U = unit staff of 00004,
// F = field team team-a, O = operator, D = dispatcher, P = planner, A = admin, C = citizen.
export const MATRIX: Record<Action, { own: string; other: string }> = {
  'report.read_internal': { own: 'UFODPA', other: 'ODPA' },
  'report.read_contact': { own: 'UOA', other: 'OA' },
  'report.receive': { own: 'UOA', other: 'OA' },
  'report.start': { own: 'UFOA', other: 'OA' },
  'report.resolve': { own: 'UFOA', other: 'OA' },
  'report.close': { own: 'UOA', other: 'OA' },
  'report.reopen': { own: 'UOA', other: 'OA' },
  'report.reject': { own: 'UOA', other: 'OA' },
  'report.not_responsible': { own: 'UOA', other: 'OA' },
  'report.duplicate': { own: 'UOA', other: 'OA' },
  'report.unmerge': { own: 'UOA', other: 'OA' },
  'report.transfer': { own: 'UOA', other: 'OA' },
  'report.confirm_ward': { own: 'UOA', other: 'OA' },
  'report.set_priority': { own: 'UOA', other: 'OA' },
  'report.assign': { own: 'UODA', other: 'ODA' },
  'report.audit': { own: 'A', other: 'A' },
  'dispatch.recommend': { own: 'UODA', other: 'ODA' },
  'team.read': { own: 'UODPA', other: 'ODPA' },
  'team.manage': { own: 'A', other: 'A' },
  'team.report_position': { own: 'FA', other: 'A' },
  'team.set_status': { own: 'FDA', other: 'DA' },
  'stats.read': { own: 'UODPA', other: 'ODPA' },
  'rules.manage': { own: 'A', other: 'A' },
  'calendar.manage': { own: 'A', other: 'A' },
  'users.manage': { own: 'A', other: 'A' },
  'apikeys.manage': { own: 'A', other: 'A' },
};
