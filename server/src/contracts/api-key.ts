import { z } from 'zod';
import { Instant } from './common.js';

/** A key an outside client uses to create reports, as admins see it (never the key itself). */
export const ApiKey = z
  .object({
    id: z.string().uuid(),
    name: z.string().describe('Who the key was issued to, e.g. "GeoReporter Android"'),
    prefix: z.string().describe('First characters of the key, to tell keys apart'),
    createdAt: Instant,
    revokedAt: Instant.nullable().describe('When the key stopped working; null while it works'),
  })
  .describe('API key');
export type ApiKey = z.infer<typeof ApiKey>;

/** POST /api/admin/api-keys. Example: `{ name: 'GeoReporter Android' }`. */
export const ApiKeyCreateInput = z
  .object({ name: z.string().trim().min(1).max(120).describe('Who the key is for') })
  .strict()
  .describe('New API key');
export type ApiKeyCreateInput = z.infer<typeof ApiKeyCreateInput>;

/** The reply to issuing a key: the only time the key is shown; only its hash is stored. */
export const ApiKeyIssued = ApiKey.extend({
  key: z.string().describe('The secret key, shown once, e.g. "mt_3q…"'),
}).describe('Issued API key with its secret');
export type ApiKeyIssued = z.infer<typeof ApiKeyIssued>;

/** GET /api/admin/api-keys: a bare array, newest first. Example: `[{ name: 'GeoReporter Android', prefix: 'mt_3q', … }]`. */
export const ApiKeyList = z.array(ApiKey).describe('Every API key, revoked ones too');
export type ApiKeyList = z.infer<typeof ApiKeyList>;
