import { z } from 'zod';
import { Instant, LngLat } from './common.js';

export const TeamStatus = z.enum(['available', 'en_route', 'on_site', 'off_duty']).describe('Field team status');
export type TeamStatus = z.infer<typeof TeamStatus>;

/** A field team as staff see it. Example: `{ name: 'Đội 1 – Hoàn Kiếm', skills: ['trash'], status: 'available' }`. */
export const Team = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    unitCode: z.string().describe('The unit the team belongs to'),
    skills: z.array(z.string()).describe('Category codes the team handles'),
    shiftStart: z.string().describe('Shift start, HH:MM in Asia/Ho_Chi_Minh'),
    shiftEnd: z.string().describe('Shift end, HH:MM in Asia/Ho_Chi_Minh'),
    status: TeamStatus,
    position: LngLat.nullable().describe('Last reported position'),
    positionAt: Instant.nullable(),
    currentReportId: z.string().uuid().nullable().describe('The report the team is assigned to, if any'),
    updatedAt: Instant,
  })
  .describe('Field team');
export type Team = z.infer<typeof Team>;

/** One point of a team's recent track. Example: `{ position: [105.8542, 21.0285], at: '2025-07-01T08:00:00Z' }`. */
export const TrailPoint = z.object({ position: LngLat, at: Instant }).describe('Past position of a team');
export type TrailPoint = z.infer<typeof TrailPoint>;

/** GET /api/teams: each team with its short trail (the last 30 minutes, newest first). Example: `{ ...team, trail: [{ position, at }] }`. */
export const TeamWithTrail = Team.extend({
  trail: z.array(TrailPoint).describe('Recent positions, newest first (last 30 minutes, at most 20)'),
}).describe('Field team with its recent track');
export type TeamWithTrail = z.infer<typeof TeamWithTrail>;

/** GET /api/teams query. Example: `?unit=00070`. */
export const TeamListQuery = z
  .object({ unit: z.string().min(1).max(20).optional().describe('Only the teams of this unit') })
  .strict();
export type TeamListQuery = z.infer<typeof TeamListQuery>;

const ShiftTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00–23:59')
  .describe('HH:MM in Asia/Ho_Chi_Minh');

/** POST /api/teams. Example: `{ name: 'Đội Trật tự đô thị số 1 – Phường Hoàn Kiếm', unitCode: '00070', skills: ['sidewalk_encroachment'] }`. */
export const TeamCreateInput = z
  .object({
    name: z.string().trim().min(3).max(160),
    unitCode: z.string().min(1).max(20),
    skills: z.array(z.string().min(1).max(40)).max(30).default([]).describe('Category codes'),
    shiftStart: ShiftTime.default('07:30'),
    shiftEnd: ShiftTime.default('17:30').describe('Before shiftStart: the shift runs past midnight'),
    position: LngLat.optional().describe('Starting position, inside Hà Nội'),
  })
  .strict()
  .describe('New field team');
export type TeamCreateInput = z.infer<typeof TeamCreateInput>;

/** POST /api/teams/:id/position, from the team's phone. Example: `{ location: [105.8542, 21.0285] }`. */
export const TeamPositionInput = z
  .object({
    location: LngLat,
    at: Instant.optional().describe('When the phone took the fix; now when omitted; never in the future'),
  })
  .strict()
  .describe('Team position fix');
export type TeamPositionInput = z.infer<typeof TeamPositionInput>;

/** PATCH /api/teams/:id/status. Example: `{ status: 'on_site' }`. */
export const TeamStatusInput = z.object({ status: TeamStatus }).strict().describe('New team status');
export type TeamStatusInput = z.infer<typeof TeamStatusInput>;

/** GET /api/teams: a bare array. Example: `[{ name: 'Đội 1 – Hoàn Kiếm', trail: [] }]`. */
export const TeamList = z.array(TeamWithTrail).describe('Field teams with their recent tracks');
export type TeamList = z.infer<typeof TeamList>;
