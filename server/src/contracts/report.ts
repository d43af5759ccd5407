import { isCell } from '@matthan/geo';
import { z } from 'zod';
import { BBoxParam, CsvParam, H3Cell, Instant, LngLat } from './common.js';

/** Lifecycle of a report; the workflow issue adds the transitions between them. */
export const ReportStatus = z
  .enum([
    'new',
    'received',
    'assigned',
    'in_progress',
    'resolved',
    'closed',
    'not_responsible',
    'duplicate',
    'rejected',
    'reopened',
  ])
  .describe('Report status');
export type ReportStatus = z.infer<typeof ReportStatus>;

/**
 * Open: someone must still handle the report (its deadline runs, it counts as overdue when late).
 * The one list of them. Example: `OPEN_STATUSES.includes(report.status)`.
 */
export const OPEN_STATUSES = [
  'new',
  'received',
  'assigned',
  'in_progress',
  'reopened',
] as const satisfies readonly ReportStatus[];

/** Being handled: open and already taken in by a unit (open but not `new`). */
export const HANDLED_STATUSES = OPEN_STATUSES.filter((s) => s !== 'new');

export const ReportPriority = z.enum(['low', 'normal', 'high', 'urgent']).describe('Handling priority');
export type ReportPriority = z.infer<typeof ReportPriority>;

/** How to reach the reporter. Never leaves the server in a public view or event. */
export const ReporterContact = z
  .object({
    name: z.string().trim().max(120).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 .-]{6,20}$/, 'phone must be digits, optionally starting with +')
      .optional(),
    email: z.email().max(200).optional(),
  })
  .strict()
  .describe('Reporter contact, kept apart from public fields');
export type ReporterContact = z.infer<typeof ReporterContact>;

/** What a citizen sends. Example: `{ category: 'trash', description: 'Rác đổ trộm', location: [105.85, 21.03] }`. */
export const ReportCreateInput = z
  .object({
    category: z.string().min(1).max(40).describe('Category code, see GET /api/categories'),
    description: z.string().trim().min(3).max(4000).describe('What is wrong, in the reporter’s words'),
    location: LngLat,
    address: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe('The place as the reporter describes it, e.g. "12 Hàng Bài"; the location stays the truth'),
    reporter: ReporterContact.optional(),
  })
  .strict()
  .describe('New report');
export type ReportCreateInput = z.infer<typeof ReportCreateInput>;

/** The Idempotency-Key header: retries with one key return the first report. Example: `"7b0c…-retry"`. */
export const IdempotencyKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
  .describe('Client-chosen key; a retry with the same key returns the first report (Idempotent-Replayed: true)');

/** A stored photo, as clients see it. */
export const Media = z
  .object({
    id: z.string().uuid(),
    url: z.string().describe('Path to fetch the (metadata-stripped) image'),
    contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
    sizeBytes: z.number().int().nonnegative(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    kind: z.enum(['before', 'after', 'rating']).describe("The citizen's photo, the proof after the fix, or a rating's"),
  })
  .describe('Report photo');
export type Media = z.infer<typeof Media>;

/** The fields anyone may see: no reporter identity, no tracking code. */
export const PublicReport = z
  .object({
    id: z.string().uuid(),
    category: z.string(),
    description: z.string(),
    location: LngLat,
    h3Cell: H3Cell.describe('H3 cell of the location at resolution 15'),
    wardCode: z.string(),
    unitCode: z.string().describe('The unit that answers for the report now (a ward or a department)'),
    status: ReportStatus,
    priority: ReportPriority,
    createdAt: Instant,
    updatedAt: Instant,
    mediaCount: z.number().int().nonnegative(),
    dueAt: Instant.nullable().describe('When the holding unit must have resolved it'),
    resolvedAt: Instant.nullable(),
    linkedTo: z.string().uuid().nullable().describe('The original report this one was linked to ("me too")'),
    meTooCount: z.number().int().nonnegative().describe('How many later reports were linked to this one'),
  })
  .describe('Report, public fields');
export type PublicReport = z.infer<typeof PublicReport>;

/** A report with its ward name and photos: GET /api/reports/:id. Still no personal data. */
export const ReportDetail = PublicReport.extend({
  wardName: z.string().describe('Vietnamese name of the ward, e.g. "Phường Hoàn Kiếm"'),
  media: z.array(Media),
}).describe('Report with ward name and photos');
export type ReportDetail = z.infer<typeof ReportDetail>;

/**
 * The reply to POST /api/reports, sent only after the report is committed. Only the reporter
 * gets the tracking code: it is what lets them follow and later rate the report.
 */
export const ReportCreated = ReportDetail.extend({
  trackingCode: z.string().describe('Public tracking code, e.g. "K3F9Q-7ZP2M"'),
}).describe('Created report with its tracking code');
export type ReportCreated = z.infer<typeof ReportCreated>;

/** One line of a report's public timeline. */
export const TimelineEntry = z
  .object({
    seq: z.number().int().positive(),
    kind: z.string().describe('What happened, e.g. "report:created", "report:received", "report:transferred"'),
    status: ReportStatus,
    at: Instant,
    detail: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe('Public detail of the change: a note, a reason, the units of a transfer; never who did it'),
  })
  .describe('Timeline entry');
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** The citizen's verdict on a resolved report, counted for the unit that resolved it. */
export const Rating = z
  .object({
    rating: z.enum(['satisfied', 'accepted', 'not_satisfied']).describe('Hài lòng / Chấp nhận / Không hài lòng'),
    notFixed: z.boolean(),
    comment: z.string().nullable(),
    unitCode: z.string().describe('The unit the rating counts for'),
    createdAt: Instant,
  })
  .describe('Citizen rating of a report');
export type Rating = z.infer<typeof Rating>;

/** GET /api/track/:code — what the citizen with the tracking code sees. */
export const TrackedReport = z
  .object({
    report: PublicReport,
    timeline: z.array(TimelineEntry),
    media: z.array(Media).describe('Photos: the citizen’s, the after photo of the fix, the rating’s'),
    ratings: z.array(Rating),
  })
  .describe('Public status, timeline, photos and ratings');
export type TrackedReport = z.infer<typeof TrackedReport>;

/** Filters shared by the list, the cells endpoint and the live stream. */
export const ReportFilterQuery = z
  .object({
    bbox: BBoxParam.optional(),
    from: Instant.optional().describe('Created at or after'),
    to: Instant.optional().describe('Created before'),
    category: CsvParam.optional().describe('Comma-separated category codes'),
    status: CsvParam.pipe(z.array(ReportStatus)).optional().describe('Comma-separated statuses'),
    ward: CsvParam.optional().describe('Comma-separated ward codes'),
    unit: CsvParam.optional().describe('Comma-separated codes of the handling units'),
    overdue: z
      .enum(['true', 'false'])
      .optional()
      .describe('true: only open reports past their due time now (what the city leaders watch per unit)'),
    cell: H3Cell.refine(isCell, 'cell must be a valid H3 cell')
      .optional()
      .describe('An H3 cell (resolution 0–15): only reports whose location lies in it (its res-15 descendants)'),
  })
  .strict();
export type ReportFilter = z.infer<typeof ReportFilterQuery>;

/** GET /api/reports query: filters plus cursor pagination. */
export const ReportListQuery = ReportFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
}).strict();
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ReportPage = z
  .object({ items: z.array(PublicReport), nextCursor: z.string().nullable() })
  .describe('A page of reports, newest first');
export type ReportPage = z.infer<typeof ReportPage>;
