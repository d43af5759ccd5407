import { Hono } from 'hono';
import { z } from 'zod';
import { ApiKeyCreateInput } from '../contracts/api-key.js';
import type { AuthEnv } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import { AppError, jsonBodyOr400, parseOr400 } from '../http/errors.js';
import type { ApiKeysService } from './api-keys.service.js';

const Id = z.string().uuid();

/** GET/POST /api/admin/api-keys and DELETE /api/admin/api-keys/:id (list / issue / revoke), admins only. */
export function apiKeysRoutes(keys: ApiKeysService) {
  return new Hono<AuthEnv>()
    .use(async (c, next) => {
      authorize(c.get('actor'), 'apikeys.manage');
      await next();
    })
    .get('/', async (c) => c.json(await keys.list()))
    .post('/', async (c) => {
      return c.json(await keys.issue(parseOr400(ApiKeyCreateInput, await jsonBodyOr400(c), 'API key')), 201);
    })
    .delete('/:id', async (c) => {
      const id = c.req.param('id');
      const revoked = Id.safeParse(id).success ? await keys.revoke(id) : null;
      if (!revoked)
        throw new AppError(404, 'api_key_not_found', {
          vi: 'Không có khóa API với mã này.',
          en: 'No API key with this id.',
        });
      return c.json(revoked);
    });
}
