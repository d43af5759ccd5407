import { z } from 'zod';
import {
  CalendarDay,
  CalendarDayInput,
  CalendarDayList,
  CalendarDaysQuery,
  LocalDate,
  SlaPolicy,
  SlaPolicyInput,
  SlaPolicyList,
} from '../contracts/deadlines.js';
import { ReportPriority } from '../contracts/report.js';
import { BAD_BODY, BAD_QUERY, failure, json, jsonBody, NO_CONTENT, route, routes } from '../http/route.js';
import type { DeadlinesService } from './deadlines.service.js';

const CALENDAR = { actions: ['calendar.manage'] } as const;
const Day = z.object({ day: LocalDate.describe('The day, YYYY-MM-DD') });

const listDays = route({
  method: 'get',
  path: '/calendar-days',
  tags: ['admin'],
  summary: 'Public holidays and make-up workdays',
  access: CALENDAR,
  request: { query: CalendarDaysQuery },
  responses: { 200: json(CalendarDayList, 'Days in the range'), 400: BAD_QUERY },
});

const putDay = route({
  method: 'put',
  path: '/calendar-days/{day}',
  tags: ['admin'],
  summary: 'Set a holiday or a make-up workday (applies to clocks that start afterwards)',
  access: CALENDAR,
  request: { params: Day, body: jsonBody(CalendarDayInput, 'What the day is') },
  responses: { 200: json(CalendarDay, 'The day as saved'), 400: BAD_BODY },
});

const deleteDay = route({
  method: 'delete',
  path: '/calendar-days/{day}',
  tags: ['admin'],
  summary: 'Make a day ordinary again',
  access: CALENDAR,
  request: { params: Day },
  responses: {
    204: NO_CONTENT,
    400: failure('Not a date (`validation_failed`)'),
    404: failure('The day is not in the calendar (`calendar_day_not_found`)'),
  },
});

const listPolicies = route({
  method: 'get',
  path: '/sla-policies',
  tags: ['admin'],
  summary: 'Due times per category and priority',
  access: CALENDAR,
  responses: { 200: json(SlaPolicyList, 'Every policy') },
});

const putPolicy = route({
  method: 'put',
  path: '/sla-policies/{category}/{priority}',
  tags: ['admin'],
  summary: 'Set the due time of a category and priority (applies to clocks that start afterwards)',
  access: CALENDAR,
  request: {
    params: z.object({ category: z.string().describe('Category code, e.g. trash'), priority: ReportPriority }),
    body: jsonBody(SlaPolicyInput, 'Minutes and how they count'),
  },
  responses: {
    200: json(SlaPolicy, 'The policy as saved'),
    400: BAD_BODY,
    404: failure('No such category (`category_not_found`)'),
  },
});

/**
 * Admins edit the working calendar and the due times (under /api/admin). Edits apply to clocks
 * that start afterwards; deadlines already set stay as they were promised.
 */
export function deadlinesAdminRoutes(deadlines: DeadlinesService) {
  return routes()
    .openapi(listDays, async (c) => c.json({ items: await deadlines.listDays(c.req.valid('query')) }, 200))
    .openapi(putDay, async (c) => c.json(await deadlines.putDay(c.req.valid('param').day, c.req.valid('json')), 200))
    .openapi(deleteDay, async (c) => {
      await deadlines.deleteDay(c.req.valid('param').day);
      return c.body(null, 204);
    })
    .openapi(listPolicies, async (c) => c.json({ items: await deadlines.listPolicies() }, 200))
    .openapi(putPolicy, async (c) => {
      const { category, priority } = c.req.valid('param');
      return c.json(await deadlines.putPolicy({ category, priority, ...c.req.valid('json') }), 200);
    });
}
