import type { Translate } from '../i18n/translate.js';
import { ApiError } from './client.js';

/** An error as the reader should see it: a stable code for tests, a sentence that says what to do. */
export interface ShownError {
  code: string;
  message: string;
}

/**
 * The server writes its 4xx messages in the language we asked for (Accept-Language), so they are
 * shown as they are; a failed connection or a server fault gets our own advice.
 */
export function shownError(err: unknown, t: Translate): ShownError {
  if (err instanceof ApiError) {
    if (err.status >= 500) return { code: err.code, message: t('errorServer') };
    return { code: err.code, message: err.message };
  }
  // fetch rejects with a TypeError when the request never got an answer.
  return { code: 'network', message: t('errorNetwork') };
}
