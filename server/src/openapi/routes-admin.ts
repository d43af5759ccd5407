// What admins edit without a deploy: routing rules and settings, the working calendar, due times.
import { z } from 'zod';
import { CalendarDayInput, CalendarDaysQuery, LocalDate, SlaPolicyInput } from '../contracts/deadlines.js';
import { ReportPriority } from '../contracts/report.js';
import { RoutingRuleInput, RoutingSettings } from '../contracts/routing.js';
import { BAD_BODY, BAD_QUERY, error, NO_CONTENT, type RouteDoc, type SecurityDoc } from './route-doc.js';

const RULES: SecurityDoc = { actions: ['rules.manage'] };
const CALENDAR: SecurityDoc = { actions: ['calendar.manage'] };
const ruleId = { id: { schema: z.string().uuid(), description: 'Routing rule id' } };
const day = { day: { schema: LocalDate, description: 'The day, YYYY-MM-DD' } };
const BAD_REFERENCE = error(
  'Unknown category, ward or unit (`unknown_reference`), or an invalid area (`invalid_area`)',
);
const ruleBody = { schema: RoutingRuleInput, contentTypes: ['application/json'], description: 'The rule' };

export const ADMIN_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/admin/routing-rules',
    tag: 'admin',
    summary: 'Routing rules (category × area → unit)',
    security: RULES,
    responses: { 200: { description: 'Rules by rank', schema: 'RoutingRuleList' } },
  },
  {
    method: 'post',
    path: '/api/admin/routing-rules',
    tag: 'admin',
    summary: 'Add a routing rule; new reports follow it at once',
    security: RULES,
    body: ruleBody,
    responses: { 201: { description: 'Created', schema: 'RoutingRule' }, 400: BAD_BODY, 422: BAD_REFERENCE },
  },
  {
    method: 'put',
    path: '/api/admin/routing-rules/{id}',
    tag: 'admin',
    summary: 'Replace a routing rule',
    security: RULES,
    pathParams: ruleId,
    body: ruleBody,
    responses: {
      200: { description: 'The rule as saved', schema: 'RoutingRule' },
      400: BAD_BODY,
      404: error('No such rule (`rule_not_found`)'),
      422: BAD_REFERENCE,
    },
  },
  {
    method: 'delete',
    path: '/api/admin/routing-rules/{id}',
    tag: 'admin',
    summary: 'Delete a routing rule',
    security: RULES,
    pathParams: ruleId,
    responses: { 204: NO_CONTENT, 404: error('No such rule (`rule_not_found`)') },
  },
  {
    method: 'get',
    path: '/api/admin/routing-settings',
    tag: 'admin',
    summary: 'Routing settings (the ward-border distance)',
    security: RULES,
    responses: { 200: { description: 'Settings', schema: 'RoutingSettings' } },
  },
  {
    method: 'put',
    path: '/api/admin/routing-settings',
    tag: 'admin',
    summary: 'Change the routing settings',
    security: RULES,
    body: { schema: RoutingSettings, contentTypes: ['application/json'], description: 'New settings' },
    responses: {
      200: { description: 'Settings as saved', schema: 'RoutingSettings' },
      400: error('Not JSON or invalid (`validation_failed`)'),
    },
  },
  {
    method: 'get',
    path: '/api/admin/calendar-days',
    tag: 'admin',
    summary: 'Public holidays and make-up workdays',
    security: CALENDAR,
    query: CalendarDaysQuery,
    responses: { 200: { description: 'Days in the range', schema: 'CalendarDayList' }, 400: BAD_QUERY },
  },
  {
    method: 'put',
    path: '/api/admin/calendar-days/{day}',
    tag: 'admin',
    summary: 'Set a holiday or a make-up workday (applies to clocks that start afterwards)',
    security: CALENDAR,
    pathParams: day,
    body: { schema: CalendarDayInput, contentTypes: ['application/json'], description: 'What the day is' },
    responses: { 200: { description: 'The day as saved', schema: 'CalendarDay' }, 400: BAD_BODY },
  },
  {
    method: 'delete',
    path: '/api/admin/calendar-days/{day}',
    tag: 'admin',
    summary: 'Make a day ordinary again',
    security: CALENDAR,
    pathParams: day,
    responses: {
      204: NO_CONTENT,
      400: error('Not a date (`validation_failed`)'),
      404: error('The day is not in the calendar (`calendar_day_not_found`)'),
    },
  },
  {
    method: 'get',
    path: '/api/admin/sla-policies',
    tag: 'admin',
    summary: 'Due times per category and priority',
    security: CALENDAR,
    responses: { 200: { description: 'Every policy', schema: 'SlaPolicyList' } },
  },
  {
    method: 'put',
    path: '/api/admin/sla-policies/{category}/{priority}',
    tag: 'admin',
    summary: 'Set the due time of a category and priority (applies to clocks that start afterwards)',
    security: CALENDAR,
    pathParams: {
      category: { schema: z.string(), description: 'Category code, e.g. trash' },
      priority: { schema: ReportPriority, description: 'Priority' },
    },
    body: { schema: SlaPolicyInput, contentTypes: ['application/json'], description: 'Minutes and how they count' },
    responses: {
      200: { description: 'The policy as saved', schema: 'SlaPolicy' },
      400: BAD_BODY,
      404: error('No such category (`category_not_found`)'),
    },
  },
];
