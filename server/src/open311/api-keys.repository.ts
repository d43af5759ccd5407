import type { Queryable } from '../db/pool.js';
import type { ApiKey } from '../contracts/api-key.js';

interface ApiKeyRow {
  id: string;
  name: string;
  key_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, name, key_prefix, created_at, revoked_at';

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.key_prefix,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
  };
}

export async function insertApiKey(
  db: Queryable,
  k: { id: string; name: string; prefix: string; hash: string; createdAt: Date },
): Promise<ApiKey> {
  const { rows } = await db.query<ApiKeyRow>(
    `INSERT INTO api_keys (id, name, key_prefix, key_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [k.id, k.name, k.prefix, k.hash, k.createdAt],
  );
  return toApiKey(rows[0]!);
}

/** Newest first, revoked keys included so an admin sees the history. */
export async function listApiKeys(db: Queryable): Promise<ApiKey[]> {
  const { rows } = await db.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys ORDER BY created_at DESC, id DESC`);
  return rows.map(toApiKey);
}

/** Revokes once: a second revoke keeps the first time. Null when there is no such key. */
export async function revokeApiKey(db: Queryable, id: string, at: Date): Promise<ApiKey | null> {
  const { rows } = await db.query<ApiKeyRow>(
    `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, at],
  );
  return rows[0] ? toApiKey(rows[0]) : null;
}

export async function isActiveKeyHash(db: Queryable, hash: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [hash]);
  return rows.length > 0;
}
