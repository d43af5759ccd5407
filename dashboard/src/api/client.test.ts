import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiPath, fetchCells } from './client.js';

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('builds query strings and leaves out what is not set', () => {
    expect(apiPath('/api/reports', { limit: 50, cursor: undefined })).toBe('/api/reports?limit=50');
    expect(apiPath('/api/config')).toBe('/api/config');
  });

  it('sends cells queries in the server’s format', async () => {
    const fetch = vi.fn(async () => Response.json({ res: 8, cells: [], total: 0 }));
    vi.stubGlobal('fetch', fetch);
    await fetchCells({ res: 8, bbox: [105.75, 21, 105.875, 21.125], filter: { category: 'trash,flooding' } });
    expect(fetch.mock.calls[0]).toBeDefined();
    const url = String((fetch.mock.calls[0] as unknown[])[0]);
    expect(decodeURIComponent(url)).toBe('/api/cells?res=8&bbox=105.75,21,105.875,21.125&category=trash,flooding');
  });

  it('turns the server’s error body into an ApiError with its code', async () => {
    const body = { error: { code: 'invalid_query', message: 'bbox must be …' } };
    vi.stubGlobal('fetch', async () => Response.json(body, { status: 400 }));
    const err = await fetchCells({ res: 8, bbox: [0, 0, 1, 1], filter: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'invalid_query', message: 'bbox must be …' });
  });
});
