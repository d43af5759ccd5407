import { AppError } from '../http/errors.js';
import type { Keyset } from './reports.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque cursor: base64url of `createdAt|id`. */
export function encodeCursor(k: Keyset): string {
  return Buffer.from(`${k.createdAt}|${k.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  // Only what encodeCursor writes: an ISO instant PostgreSQL reads back exactly (not just any date text).
  const exact = !!createdAt && !Number.isNaN(Date.parse(createdAt)) && new Date(createdAt).toISOString() === createdAt;
  if (!exact || !id || !UUID.test(id)) {
    throw new AppError(400, 'invalid_cursor', {
      vi: 'Con trỏ phân trang không hợp lệ. Hãy dùng nextCursor của trang trước, hoặc bỏ trống.',
      en: 'The cursor is not valid. Use nextCursor from the previous page, or omit it.',
    });
  }
  return { createdAt, id };
}
