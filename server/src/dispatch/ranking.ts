import type { Recommendation, RecommendationReason } from '../contracts/dispatch.js';
import type { ReportPriority } from '../contracts/report.js';
import type { Team } from '../contracts/team.js';

/**
 * A team that could go, as the database found it. `travelSeconds` is where a road network plugs in:
 * when a routing engine fills it, the ranking uses it as is; until then it is estimated from the
 * straight-line `distanceMeters` (see {@link estimateTravelSeconds}).
 */
export interface Candidate {
  team: Team;
  distanceMeters: number;
  travelSeconds?: number;
  /** Open reports the team holds now. */
  workload: number;
}

/** What the ranking needs to know about the report. */
export interface RankedReport {
  category: string;
  priority: ReportPriority;
  dueAt: string | null;
}

export interface Ranking {
  remainingMinutes: number | null;
  urgency: number;
  items: Recommendation[];
}

// Straight lines through Hà Nội's streets: roads run ~1.4× the crow-flies distance, and a team
// on a motorbike in city traffic averages ~20 km/h.
const DETOUR = 1.4;
const SPEED_MPS = 20_000 / 3600;
/** With this much time left or more the report is relaxed (urgency 0); at its deadline urgency is 1. */
const URGENCY_HORIZON_MIN = 240;
/** Travel time at which proximity is worth half of its maximum. */
const HALF_PROXIMITY_MIN = 10;
const PRIORITY_URGENCY: Record<ReportPriority, number> = { low: 0, normal: 0, high: 0.5, urgent: 1 };

export function estimateTravelSeconds(distanceMeters: number): number {
  return (distanceMeters * DETOUR) / SPEED_MPS;
}

/** 0 (due in 4 h or more, or no deadline) … 1 (due now or late), raised by a high/urgent priority. */
export function urgencyOf(report: RankedReport, now: Date): { remainingMinutes: number | null; urgency: number } {
  const remainingMinutes = report.dueAt === null ? null : (Date.parse(report.dueAt) - now.getTime()) / 60_000;
  const byTime = remainingMinutes === null ? 0 : Math.min(1, Math.max(0, 1 - remainingMinutes / URGENCY_HORIZON_MIN));
  return { remainingMinutes, urgency: Math.max(byTime, PRIORITY_URGENCY[report.priority]) };
}

/**
 * Weights of proximity, skill and workload. A relaxed report goes to the team that knows the job
 * (0.4 / 0.4 / 0.2); the closer it is to its deadline, the more getting there fast counts, up to
 * 0.8 / 0.1 / 0.1 for a report that is due or late.
 */
export function weightsFor(urgency: number): { proximity: number; skill: number; workload: number } {
  return { proximity: 0.4 + 0.4 * urgency, skill: 0.4 - 0.3 * urgency, workload: 0.2 - 0.1 * urgency };
}

/**
 * Ranks candidate teams for a report, best first, and keeps `n`. Pure: the one place dispatch
 * decides, so replacing straight-line distance by road travel time only means filling
 * `Candidate.travelSeconds`. Score = Σ weight × part, each part in [0, 1]:
 * proximity 1 / (1 + minutes / 10), skill 1 or 0, workload 1 / (1 + open reports).
 * Ties go to the shorter travel, then the team id, so the answer is stable.
 * @example rankTeams([{ team, distanceMeters: 500, workload: 0 }], { category: 'trash', priority: 'normal', dueAt: null }, now, 5)
 */
export function rankTeams(candidates: readonly Candidate[], report: RankedReport, now: Date, n: number): Ranking {
  const { remainingMinutes, urgency } = urgencyOf(report, now);
  const w = weightsFor(urgency);
  const scored = candidates.map((c) => {
    const travelSeconds = c.travelSeconds ?? estimateTravelSeconds(c.distanceMeters);
    const skillMatch = c.team.skills.includes(report.category);
    const proximity = 1 / (1 + travelSeconds / 60 / HALF_PROXIMITY_MIN);
    const score = w.proximity * proximity + w.skill * (skillMatch ? 1 : 0) + w.workload / (1 + c.workload);
    return { c, travelSeconds, skillMatch, score };
  });
  scored.sort((a, b) => b.score - a.score || a.travelSeconds - b.travelSeconds || (a.c.team.id < b.c.team.id ? -1 : 1));
  const items = scored.slice(0, n).map(({ c, travelSeconds, skillMatch, score }) => ({
    team: c.team,
    distanceMeters: Math.round(c.distanceMeters),
    travelSeconds: Math.round(travelSeconds),
    skillMatch,
    workload: c.workload,
    status: c.team.status,
    score: Math.round(score * 1000) / 1000,
    reasons: reasonsFor(c, travelSeconds, skillMatch, urgency),
  }));
  return { remainingMinutes: remainingMinutes === null ? null : Math.round(remainingMinutes), urgency, items };
}

function reasonsFor(c: Candidate, travelSeconds: number, skillMatch: boolean, urgency: number): RecommendationReason[] {
  const km = (c.distanceMeters / 1000).toFixed(1);
  const min = Math.max(1, Math.round(travelSeconds / 60));
  const reasons: RecommendationReason[] = [
    {
      code: 'distance',
      vi: `Cách ${km.replace('.', ',')} km (khoảng ${min} phút)`,
      en: `${km} km away (about ${min} min)`,
    },
    skillMatch
      ? { code: 'skill_match', vi: 'Đội xử lý đúng lĩnh vực này', en: 'The team handles this category' }
      : { code: 'skill_missing', vi: 'Đội không chuyên lĩnh vực này', en: 'Not this team’s category' },
    c.workload === 0
      ? { code: 'idle', vi: 'Đội đang không giữ phản ánh nào', en: 'The team holds no open report' }
      : { code: 'busy', vi: `Đội đang giữ ${c.workload} phản ánh`, en: `The team holds ${c.workload} open report(s)` },
  ];
  if (urgency >= 0.75)
    reasons.push({
      code: 'deadline_pressure',
      vi: 'Phản ánh sắp hoặc đã quá hạn: ưu tiên đội đến nhanh nhất',
      en: 'The report is due or late: the fastest team counts most',
    });
  return reasons;
}
