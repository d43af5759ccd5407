import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Db } from '../db/pool.js';
import { RoutingRuleInput, RoutingSettings } from '../contracts/routing.js';
import type { AuthEnv } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import { AppError, jsonBodyOr400, parseOr400 } from '../http/errors.js';
import { newId } from '../reports/ids.js';
import * as repo from './routing.repository.js';

const Id = z.string().uuid();
const notFound = () =>
  new AppError(404, 'rule_not_found', { vi: 'Không có quy tắc định tuyến này.', en: 'No such routing rule.' });

/** Foreign keys name what is unknown: a category, a ward or a unit. */
function unknownReference(err: { code?: string }): never {
  if (err.code === '23503') {
    throw new AppError(422, 'unknown_reference', {
      vi: 'Lĩnh vực, phường hoặc đơn vị trong quy tắc không tồn tại. Hãy kiểm tra category, wardCode, unitCode.',
      en: 'The rule names a category, ward or unit that does not exist. Check category, wardCode and unitCode.',
    });
  }
  if (err.code === 'XX000' || err.code === '22023') {
    throw new AppError(422, 'invalid_area', {
      vi: 'Vùng (area) không phải một đa giác hợp lệ.',
      en: 'The area is not a valid polygon.',
    });
  }
  throw err as Error;
}

async function body(c: Context): Promise<RoutingRuleInput> {
  return parseOr400(RoutingRuleInput, await jsonBodyOr400(c), 'routing rule');
}

/** Routing rules are data that admins edit here; new reports follow them at once. */
export function routingRoutes(db: Db, clock: () => Date = () => new Date()) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      authorize(c.get('actor'), 'rules.manage');
      return c.json({ items: await repo.listRules(db) });
    })
    .post('/', async (c) => {
      authorize(c.get('actor'), 'rules.manage');
      const input = await body(c);
      return c.json(await repo.insertRule(db, newId(), input, clock()).catch(unknownReference), 201);
    })
    .put('/:id', async (c) => {
      authorize(c.get('actor'), 'rules.manage');
      const id = c.req.param('id');
      if (!Id.safeParse(id).success) throw notFound();
      const rule = await repo.updateRule(db, id, await body(c), clock()).catch(unknownReference);
      if (!rule) throw notFound();
      return c.json(rule);
    })
    .delete('/:id', async (c) => {
      authorize(c.get('actor'), 'rules.manage');
      const id = c.req.param('id');
      if (!Id.safeParse(id).success || !(await repo.deleteRule(db, id))) throw notFound();
      return c.body(null, 204);
    });
}

/** Routing settings admins change without a deploy: the border distance. */
export function routingSettingsRoutes(db: Db, clock: () => Date = () => new Date()) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      authorize(c.get('actor'), 'rules.manage');
      return c.json({ borderMeters: await repo.getBorderMeters(db) });
    })
    .put('/', async (c) => {
      authorize(c.get('actor'), 'rules.manage');
      const raw = await c.req.json().catch(() => null);
      const { borderMeters } = parseOr400(RoutingSettings, raw, 'routing settings');
      await repo.setBorderMeters(db, borderMeters, clock());
      return c.json({ borderMeters });
    });
}
