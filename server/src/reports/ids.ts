import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a code read over the phone is not misheard.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A public tracking code: 10 random base32 characters (50 bits), shown as `XXXXX-XXXXX`.
 * Unguessable enough that knowing one code tells nothing about another. `bytes`: 10 random bytes,
 * for a caller that draws them in bulk (one draw per batch instead of one per report).
 */
export function newTrackingCode(bytes: Uint8Array = randomBytes(10)): string {
  let s = '';
  for (const b of bytes) s += CROCKFORD[b & 31];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** Normalises what a citizen types: case, spaces, and the letters base32 leaves out. */
export function normaliseTrackingCode(input: string): string {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return s.length === 10 ? `${s.slice(0, 5)}-${s.slice(5)}` : s;
}

/** UUIDv7: time-ordered, so new rows land at the end of the primary-key index. `b`: 16 random bytes (overwritten). */
export function newId(nowMs = Date.now(), b: Buffer = randomBytes(16)): string {
  b.writeUIntBE(nowMs, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
