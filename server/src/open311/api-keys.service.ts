import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/pool.js';
import type { ApiKey, ApiKeyCreateInput, ApiKeyIssued } from '../contracts/api-key.js';
import { newId } from '../reports/ids.js';
import * as repo from './api-keys.repository.js';

export type ApiKeysService = ReturnType<typeof createApiKeysService>;

const PREFIX_LENGTH = 8; // "mt_" and 5 random characters: enough to tell keys apart, useless to guess

/** A 32-byte random key; it is shown once and only its SHA-256 is stored. */
function newKey(): string {
  return `mt_${randomBytes(32).toString('base64url')}`;
}

const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export function createApiKeysService(db: Db, clock: () => Date = () => new Date()) {
  async function issue(input: ApiKeyCreateInput): Promise<ApiKeyIssued> {
    const key = newKey();
    const now = clock();
    const stored = await repo.insertApiKey(db, {
      id: newId(now.getTime()),
      name: input.name,
      prefix: key.slice(0, PREFIX_LENGTH),
      hash: hashKey(key),
      createdAt: now,
    });
    return { ...stored, key };
  }

  /** True for a key that was issued and not revoked. Empty or absurdly long input is simply false. */
  async function verify(key: string | undefined): Promise<boolean> {
    if (!key || key.length > 200) return false;
    return repo.isActiveKeyHash(db, hashKey(key));
  }

  return {
    issue,
    verify,
    list: (): Promise<ApiKey[]> => repo.listApiKeys(db),
    revoke: (id: string): Promise<ApiKey | null> => repo.revokeApiKey(db, id, clock()),
  };
}
