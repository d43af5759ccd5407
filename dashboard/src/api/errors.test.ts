import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { ApiError } from './client.js';
import { shownError } from './errors.js';

const t = translator('en');

describe('shownError', () => {
  it('shows the server’s own message for a client error', () => {
    const err = new ApiError(404, 'tracking_code_not_found', 'No report has this tracking code.');
    expect(shownError(err, t)).toEqual({
      code: 'tracking_code_not_found',
      message: 'No report has this tracking code.',
    });
  });

  it('tells the reader to retry after a lost connection, and that nothing is sent twice', () => {
    const shown = shownError(new TypeError('Failed to fetch'), t);
    expect(shown.code).toBe('network');
    expect(shown.message).toContain('will not be sent twice');
  });

  it('hides a server fault behind advice to try later', () => {
    expect(shownError(new ApiError(500, 'internal_error', 'stack…'), translator('vi'))).toEqual({
      code: 'internal_error',
      message: 'Máy chủ đang gặp sự cố. Hãy thử lại sau ít phút.',
    });
  });
});
