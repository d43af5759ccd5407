// One API answer as a view sees it: loading, there, or failed with a sentence to show. Pure.
import type { ShownError } from '../api/errors.js';

export type Load<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'ready'; data: T }
  | { status: 'failed'; error: ShownError; data: T | null };

export const loading = <T>(prev?: Load<T>): Load<T> => ({ status: 'loading', data: prev?.data ?? null });
export const ready = <T>(data: T): Load<T> => ({ status: 'ready', data });
/** A failure keeps what was shown before, so a refresh that fails does not blank the table. */
export const failed = <T>(prev: Load<T>, error: ShownError): Load<T> => ({ status: 'failed', error, data: prev.data });
