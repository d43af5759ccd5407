import { describe, expect, it } from 'vitest';
import { parseApiKeyArgs, UsageError } from './api-key-args.js';

describe('npm run api-key arguments', () => {
  it('reads create, list and revoke', () => {
    expect(parseApiKeyArgs(['create', '--name', ' GeoReporter '])).toEqual({ kind: 'create', name: 'GeoReporter' });
    expect(parseApiKeyArgs(['list'])).toEqual({ kind: 'list' });
    const id = '0190f3a2-6b1c-7d2e-8f3a-1b2c3d4e5f60';
    expect(parseApiKeyArgs(['revoke', id.toUpperCase()])).toEqual({ kind: 'revoke', id });
  });

  it('refuses a create without a name, a bad id and unknown commands', () => {
    expect(() => parseApiKeyArgs(['create'])).toThrow(/--name/);
    expect(() => parseApiKeyArgs(['revoke', '42'])).toThrow(/not a key id/);
    expect(() => parseApiKeyArgs(['delete'])).toThrow(UsageError);
    expect(() => parseApiKeyArgs([])).toThrow(UsageError);
  });
});
