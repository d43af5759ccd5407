import { z } from 'zod';
import { Instant } from './common.js';
import { Rating, ReportDetail, ReportPriority, ReportStatus, ReporterContact, TimelineEntry } from './report.js';
import { Role } from './auth.js';

const Note = z.string().trim().min(3).max(2000);

/**
 * What staff do to a report: POST /api/reports/:id/actions with one of these (JSON, or multipart
 * with a `command` JSON part and an `after` photo for resolve). Assigning a team is dispatch's:
 * POST /api/reports/:id/assign. Example: `{ action: 'transfer', unitCode: 'SXD', reason: 'Đường do thành phố quản lý' }`.
 */
export const ReportCommand = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('receive') }).strict(),
    z.object({ action: z.literal('start') }).strict(),
    z.object({ action: z.literal('resolve'), note: Note.describe('What was done') }).strict(),
    z.object({ action: z.literal('close') }).strict(),
    z.object({ action: z.literal('reopen'), reason: Note }).strict(),
    z.object({ action: z.literal('reject'), reason: Note.describe('Why the report is rejected') }).strict(),
    z
      .object({
        action: z.literal('not_responsible'),
        responsible: Note.describe('The body or rule that is responsible instead'),
      })
      .strict(),
    z.object({ action: z.literal('duplicate'), originalId: z.string().uuid() }).strict(),
    z.object({ action: z.literal('unmerge') }).strict(),
    z.object({ action: z.literal('transfer'), unitCode: z.string().min(1).max(20), reason: Note }).strict(),
    z.object({ action: z.literal('confirm_ward') }).strict(),
    z.object({ action: z.literal('set_priority'), priority: ReportPriority }).strict(),
  ])
  .describe('Staff action on a report');
export type ReportCommand = z.infer<typeof ReportCommand>;
export type ReportAction = ReportCommand['action'] | 'assign';

/** 409 when a command does not fit the report's status: which actions the status allows. */
export const AllowedActions = z.array(z.string()).describe('Actions the current status allows');

/** What staff see of a report: the public detail plus its handling state and, if allowed, the contact. */
export const StaffReport = ReportDetail.extend({
  unitName: z.string(),
  nearBorder: z.boolean().describe('Within the border distance of another ward: staff confirm the ward'),
  wardConfirmedAt: Instant.nullable(),
  teamId: z.string().uuid().nullable(),
  heldSince: Instant.describe('When the current unit received it: its clock starts here'),
  warnAt: Instant.nullable().describe(
    'When the deadline watcher warns: 80 % of the allowed time, in working time where the due time counts office hours; the clock turns amber here',
  ),
  warnedAt: Instant.nullable(),
  reopenCount: z.number().int().nonnegative(),
  linked: z.array(z.object({ id: z.string().uuid(), status: ReportStatus, createdAt: Instant })),
  allowedActions: AllowedActions.describe('What this user may do now'),
  contact: ReporterContact.nullable().describe('Only for staff who handle the report'),
  ratings: z.array(Rating),
  timeline: z.array(TimelineEntry).describe('Every change, oldest first (who did it is in the audit trail)'),
}).describe('Report as staff see it');
export type StaffReport = z.infer<typeof StaffReport>;

/** With the tracking code, the citizen rates a resolved report. Example: `{ rating: 'satisfied' }`. */
export const RatingInput = z
  .object({
    rating: z.enum(['satisfied', 'accepted', 'not_satisfied']).describe('Hài lòng / Chấp nhận / Không hài lòng'),
    notFixed: z.boolean().default(false).describe('Not satisfied because it is not fixed: reopens the report'),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((r) => !r.notFixed || r.rating === 'not_satisfied', {
    message: 'notFixed only goes with not_satisfied',
    path: ['notFixed'],
  })
  .describe('Citizen rating');
export type RatingInput = z.infer<typeof RatingInput>;

/** One line of the audit trail: an event with who did it. Admins only. */
export const AuditEntry = z
  .object({
    seq: z.number().int().positive(),
    kind: z.string(),
    status: ReportStatus,
    at: Instant,
    actor: z.object({
      id: z.string().describe('User id, or "citizen" / "system" / "seed" / "import"'),
      username: z.string().nullable(),
      role: Role.nullable(),
    }),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .describe('Audit entry');
export type AuditEntry = z.infer<typeof AuditEntry>;

/** A period of holding: which unit held the report from when to when ("who sat on it"). */
export const Holding = z
  .object({ unitCode: z.string(), startedAt: Instant, endedAt: Instant.nullable() })
  .describe('Holding of a report by a unit');
export type Holding = z.infer<typeof Holding>;

/** GET /api/reports/:id/holdings. Example: `{ items: [{ unitCode: '00004', startedAt, endedAt: null }] }`. */
export const HoldingList = z.object({ items: z.array(Holding) }).describe('Holdings of a report, oldest first');
export type HoldingList = z.infer<typeof HoldingList>;

/** GET /api/reports/:id/audit. Example: `{ items: [{ seq: 1, kind: 'created', … }] }`. */
export const AuditTrail = z.object({ items: z.array(AuditEntry) }).describe('Audit trail of a report');
export type AuditTrail = z.infer<typeof AuditTrail>;
