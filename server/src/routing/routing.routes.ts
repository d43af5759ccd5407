import { z } from 'zod';
import { ID_SEGMENT } from '../contracts/common.js';
import { RoutingRule, RoutingRuleInput, RoutingRuleList, RoutingSettings } from '../contracts/routing.js';
import { BAD_BODY, failure, json, jsonBody, NO_CONTENT, notFoundOnBadPath, route, routes } from '../http/route.js';
import { ruleNotFound, type RoutingService } from './routing.service.js';

const RULES = { actions: ['rules.manage'] } as const;
const RuleId = z.object({ id: z.string().uuid().describe('Routing rule id') });
const ruleBody = jsonBody(RoutingRuleInput, 'The rule');
const NO_RULE = failure('No such rule (`rule_not_found`)');
const BAD_REFERENCE = failure(
  'Unknown category, ward or unit (`unknown_reference`), or an invalid area (`invalid_area`)',
);
const byId = `/routing-rules/${ID_SEGMENT}` as const;

const list = route({
  method: 'get',
  path: '/routing-rules',
  tags: ['admin'],
  summary: 'Routing rules (category × area → unit)',
  access: RULES,
  responses: { 200: json(RoutingRuleList, 'Rules by rank') },
});

const add = route({
  method: 'post',
  path: '/routing-rules',
  tags: ['admin'],
  summary: 'Add a routing rule; new reports follow it at once',
  access: RULES,
  request: { body: ruleBody },
  responses: { 201: json(RoutingRule, 'Created'), 400: BAD_BODY, 422: BAD_REFERENCE },
});

const replace = route({
  method: 'put',
  path: byId,
  tags: ['admin'],
  summary: 'Replace a routing rule',
  access: RULES,
  request: { params: RuleId, body: ruleBody },
  responses: { 200: json(RoutingRule, 'The rule as saved'), 400: BAD_BODY, 404: NO_RULE, 422: BAD_REFERENCE },
});

const remove = route({
  method: 'delete',
  path: byId,
  tags: ['admin'],
  summary: 'Delete a routing rule',
  access: RULES,
  request: { params: RuleId },
  responses: { 204: NO_CONTENT, 404: NO_RULE },
});

const settings = route({
  method: 'get',
  path: '/routing-settings',
  tags: ['admin'],
  summary: 'Routing settings (the ward-border distance)',
  access: RULES,
  responses: { 200: json(RoutingSettings, 'Settings') },
});

const putSettings = route({
  method: 'put',
  path: '/routing-settings',
  tags: ['admin'],
  summary: 'Change the routing settings',
  access: RULES,
  request: { body: jsonBody(RoutingSettings, 'New settings') },
  responses: {
    200: json(RoutingSettings, 'Settings as saved'),
    400: failure('Not JSON or invalid (`validation_failed`)'),
  },
});

/** Under /api/admin: routing rules and the border distance. */
export function routingRoutes(routing: RoutingService) {
  const notFound = notFoundOnBadPath(ruleNotFound);
  return routes()
    .openapi(list, async (c) => c.json({ items: await routing.listRules() }, 200))
    .openapi(add, async (c) => c.json(await routing.addRule(c.req.valid('json')), 201))
    .openapi(
      replace,
      async (c) => c.json(await routing.replaceRule(c.req.valid('param').id, c.req.valid('json')), 200),
      notFound,
    )
    .openapi(
      remove,
      async (c) => {
        await routing.deleteRule(c.req.valid('param').id);
        return c.body(null, 204);
      },
      notFound,
    )
    .openapi(settings, async (c) => c.json({ borderMeters: await routing.borderMeters() }, 200))
    .openapi(putSettings, async (c) =>
      c.json({ borderMeters: await routing.setBorderMeters(c.req.valid('json').borderMeters) }, 200),
    );
}
