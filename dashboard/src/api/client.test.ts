import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiPath, createReport, fetchCells, fetchTracked } from './client.js';

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

  it('sends a report with photos as multipart, with its Idempotency-Key and the reader’s language', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ id: 'r1' }, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const photo = new File([new Uint8Array([1, 2, 3])], 'ho.jpg', { type: 'image/jpeg' });
    const report = { category: 'trash', description: 'Rác', location: [105.85, 21.03] as [number, number] };
    await createReport(report, { photos: [photo], idempotencyKey: 'k-1', lang: 'en' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/reports');
    expect(init.headers).toMatchObject({ 'idempotency-key': 'k-1', 'accept-language': 'en, vi;q=0.5' });
    // The browser writes the multipart boundary itself; a hand-set content-type would lose it.
    expect(init.headers).not.toHaveProperty('content-type');
    const form = init.body as FormData;
    expect(JSON.parse(form.get('report') as string)).toEqual(report);
    expect((form.getAll('photos') as File[]).map((f) => f.name)).toEqual(['ho.jpg']);
  });

  it('sends a report without photos as JSON', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ id: 'r1' }, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    await createReport({ category: 'trash', description: 'Rác', location: [105.85, 21.03] });
    const init = fetch.mock.calls[0]![1];
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(init.headers).not.toHaveProperty('idempotency-key');
  });

  it('escapes a typed tracking code in the path', async () => {
    const fetch = vi.fn(async (_url: string) => Response.json({}));
    vi.stubGlobal('fetch', fetch);
    await fetchTracked('a/b c');
    expect(fetch.mock.calls[0]![0]).toBe('/api/track/a%2Fb%20c');
  });
});
