import { z } from 'zod';
import { ID_SEGMENT } from '../contracts/common.js';
import { ApiKey, ApiKeyCreateInput, ApiKeyIssued, ApiKeyList } from '../contracts/api-key.js';
import { AppError } from '../http/errors.js';
import { BAD_BODY, failure, json, jsonBody, notFoundOnBadPath, route, routes } from '../http/route.js';
import type { ApiKeysService } from './api-keys.service.js';

const KEYS = { actions: ['apikeys.manage'] } as const;

const apiKeyNotFound = () =>
  new AppError(404, 'api_key_not_found', { vi: 'Không có khóa API với mã này.', en: 'No API key with this id.' });

const list = route({
  method: 'get',
  path: '/api-keys',
  tags: ['admin'],
  summary: 'Every API key for Open311 clients (never the keys themselves)',
  access: KEYS,
  responses: { 200: json(ApiKeyList, 'Keys, newest first') },
});

const issue = route({
  method: 'post',
  path: '/api-keys',
  tags: ['admin'],
  summary: 'Issue an API key',
  access: KEYS,
  request: { body: jsonBody(ApiKeyCreateInput, 'Who the key is for') },
  responses: { 201: json(ApiKeyIssued, 'Issued: the only time the key is shown'), 400: BAD_BODY },
});

const revoke = route({
  method: 'delete',
  path: `/api-keys/${ID_SEGMENT}`,
  tags: ['admin'],
  summary: 'Revoke an API key',
  access: KEYS,
  request: { params: z.object({ id: z.string().uuid().describe('API key id') }) },
  responses: { 200: json(ApiKey, 'The key, now revoked'), 404: failure('No such key (`api_key_not_found`)') },
});

/** Under /api/admin: list, issue and revoke the Open311 clients' API keys. */
export function apiKeysRoutes(keys: ApiKeysService) {
  return routes()
    .openapi(list, async (c) => c.json(await keys.list(), 200))
    .openapi(issue, async (c) => c.json(await keys.issue(c.req.valid('json')), 201))
    .openapi(
      revoke,
      async (c) => {
        const revoked = await keys.revoke(c.req.valid('param').id);
        if (!revoked) throw apiKeyNotFound();
        return c.json(revoked, 200);
      },
      notFoundOnBadPath(apiKeyNotFound),
    );
}
