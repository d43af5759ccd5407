import { z } from 'zod';
import { Instant } from './common.js';
import { PublicReport } from './report.js';
import { Team, TeamStatus } from './team.js';

/** GET /api/reports/:id/recommendations query. Example: `?n=5`. */
export const RecommendationQuery = z
  .object({ n: z.coerce.number().int().min(1).max(20).default(5).describe('How many teams (1–20)') })
  .strict();
export type RecommendationQuery = z.infer<typeof RecommendationQuery>;

/**
 * Why a team ranks where it does, for the dispatcher. The code is stable; the texts are for display.
 * Example: `{ code: 'skill_match', vi: 'Đội xử lý đúng lĩnh vực này', en: 'The team handles this category' }`.
 */
export const RecommendationReason = z
  .object({
    code: z.enum(['distance', 'skill_match', 'skill_missing', 'idle', 'busy', 'deadline_pressure']),
    vi: z.string(),
    en: z.string(),
  })
  .describe('Reason behind a recommendation');
export type RecommendationReason = z.infer<typeof RecommendationReason>;

/**
 * One team proposed for a report. Example:
 * `{ distanceMeters: 850, skillMatch: true, workload: 0, status: 'available', score: 0.81, reasons: [...] }`.
 */
export const Recommendation = z
  .object({
    team: Team,
    distanceMeters: z.number().nonnegative().describe('Straight-line distance to the report, metres'),
    travelSeconds: z
      .number()
      .nonnegative()
      .describe('Estimated travel time (from the distance until a road network is used)'),
    skillMatch: z.boolean().describe('The team handles the report’s category'),
    workload: z.number().int().nonnegative().describe('Open reports the team holds now'),
    status: TeamStatus,
    score: z.number().min(0).max(1).describe('Higher is better; only comparable within one answer'),
    reasons: z.array(RecommendationReason),
  })
  .describe('Team recommendation');
export type Recommendation = z.infer<typeof Recommendation>;

/** The answer of GET /api/reports/:id/recommendations, best first. Example: `{ reportId, remainingMinutes: 95, urgency: 0.6, items: [...] }`. */
export const Recommendations = z
  .object({
    reportId: z.string().uuid(),
    remainingMinutes: z
      .number()
      .nullable()
      .describe('Minutes until the report is due (negative: late); null without a deadline'),
    urgency: z.number().min(0).max(1).describe('0 relaxed … 1 due or late: how much distance outweighs skill'),
    items: z.array(Recommendation),
  })
  .describe('Teams recommended for a report');
export type Recommendations = z.infer<typeof Recommendations>;

/** POST /api/reports/:id/assign. Example: `{ teamId: '0190…' }`. */
export const AssignInput = z.object({ teamId: z.string().uuid() }).strict().describe('Team to assign');
export type AssignInput = z.infer<typeof AssignInput>;

/** The reply to an assignment: the report and the team as they are after it. Example: `{ report: { status: 'assigned', … }, team: { status: 'en_route', … }, at }`. */
export const Assignment = z
  .object({ report: PublicReport, team: Team, at: Instant })
  .describe('A team assigned to a report');
export type Assignment = z.infer<typeof Assignment>;
