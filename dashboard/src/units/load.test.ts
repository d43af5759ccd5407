import { describe, expect, it } from 'vitest';
import { failed, loading, ready } from './load.js';

describe('load', () => {
  it('keeps what was shown while reloading and after a failure', () => {
    const shown = ready([1, 2]);
    expect(loading(shown)).toEqual({ status: 'loading', data: [1, 2] });
    const error = { code: 'network', message: 'offline' };
    expect(failed(loading(shown), error)).toEqual({ status: 'failed', error, data: [1, 2] });
    expect(loading()).toEqual({ status: 'loading', data: null });
  });
});
