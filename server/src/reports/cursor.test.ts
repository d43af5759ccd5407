import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

const ID = '01900000-0000-7000-8000-000000000001';
const raw = (s: string) => Buffer.from(s).toString('base64url');

describe('page cursors', () => {
  it('round-trips what the list hands out', () => {
    const k = { createdAt: '2025-07-01T08:00:00.123Z', id: ID };
    expect(decodeCursor(encodeCursor(k))).toEqual(k);
  });

  it('refuses with 400 a cursor the list never made, even one Date.parse would accept', () => {
    for (const bad of [raw(`1|${ID}`), raw(`July 1 2025|${ID}`), raw(`2025-07-01|${ID}`), raw('x|y'), 'not base64!'])
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ status: 400, code: 'invalid_cursor' }));
  });
});
