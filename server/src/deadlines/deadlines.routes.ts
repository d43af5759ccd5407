import { Hono } from 'hono';
import type { AuthEnv } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import {
  CalendarDayInput,
  CalendarDaysQuery,
  LocalDate,
  OverdueQuery,
  SlaPolicyInput,
  UnitStatsQuery,
} from '../contracts/deadlines.js';
import { ReportPriority } from '../contracts/report.js';
import { UnitTrendQuery } from '../contracts/unit-trend.js';
import { jsonBodyOr400, parseOr400 } from '../http/errors.js';
import type { DeadlinesService } from './deadlines.service.js';
import type { UnitStatsService } from './stats.service.js';

/**
 * Admins edit the working calendar and the due times (mount under /api/admin). Edits apply to
 * clocks that start afterwards; deadlines already set stay as they were promised.
 */
export function deadlinesAdminRoutes(deadlines: DeadlinesService) {
  return new Hono<AuthEnv>()
    .get('/calendar-days', async (c) => {
      authorize(c.get('actor'), 'calendar.manage');
      const q = parseOr400(CalendarDaysQuery, c.req.query(), 'calendar query');
      return c.json({ items: await deadlines.listDays(q) });
    })
    .put('/calendar-days/:day', async (c) => {
      authorize(c.get('actor'), 'calendar.manage');
      const day = parseOr400(LocalDate, c.req.param('day'), 'calendar day');
      const input = parseOr400(CalendarDayInput, await jsonBodyOr400(c), 'calendar day');
      return c.json(await deadlines.putDay(day, input));
    })
    .delete('/calendar-days/:day', async (c) => {
      authorize(c.get('actor'), 'calendar.manage');
      await deadlines.deleteDay(parseOr400(LocalDate, c.req.param('day'), 'calendar day'));
      return c.body(null, 204);
    })
    .get('/sla-policies', async (c) => {
      authorize(c.get('actor'), 'calendar.manage');
      return c.json({ items: await deadlines.listPolicies() });
    })
    .put('/sla-policies/:category/:priority', async (c) => {
      authorize(c.get('actor'), 'calendar.manage');
      const priority = parseOr400(ReportPriority, c.req.param('priority'), 'priority');
      const input = parseOr400(SlaPolicyInput, await jsonBodyOr400(c), 'SLA policy');
      return c.json(await deadlines.putPolicy({ category: c.req.param('category'), priority, ...input }));
    });
}

/** GET /api/units/stats (the leaderboard) and /api/units/trend (mount under /api/units). */
export function unitStatsRoutes(stats: UnitStatsService) {
  return new Hono<AuthEnv>()
    .get('/stats', async (c) =>
      c.json(await stats.leaderboard(c.get('actor'), parseOr400(UnitStatsQuery, c.req.query(), 'stats query'))),
    )
    .get('/trend', async (c) =>
      c.json(await stats.trend(c.get('actor'), parseOr400(UnitTrendQuery, c.req.query(), 'trend query'))),
    );
}

/** GET /api/reports/overdue (mount under /api/reports before the `/:id` routes). */
export function overdueRoutes(stats: UnitStatsService) {
  return new Hono<AuthEnv>().get('/overdue', async (c) =>
    c.json(await stats.overdue(c.get('actor'), parseOr400(OverdueQuery, c.req.query(), 'overdue query'))),
  );
}
