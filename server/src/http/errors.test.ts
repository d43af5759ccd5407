import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AppError, onError, preferredLanguage } from './errors.js';

describe('errors', () => {
  it('speaks Vietnamese first and English when the client prefers it', () => {
    expect(preferredLanguage(undefined)).toBe('vi');
    expect(preferredLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(preferredLanguage('en-US,en;q=0.9')).toBe('en');
    expect(preferredLanguage('en-GB,vi;q=0.5')).toBe('en');
    expect(preferredLanguage('fr-FR')).toBe('vi');
  });

  it('sends every error in one shape, and hides internals of unexpected ones', async () => {
    const app = new Hono();
    app.onError(onError);
    app.get('/known', () => {
      throw new AppError(422, 'outside_service_area', { vi: 'Ngoài Hà Nội', en: 'Outside Hanoi' });
    });
    app.get('/boom', () => {
      throw new Error('secret stack detail');
    });
    const vi = await app.request('/known');
    expect(vi.status).toBe(422);
    expect(await vi.json()).toEqual({ error: { code: 'outside_service_area', message: 'Ngoài Hà Nội' } });
    const en = await app.request('/known', { headers: { 'accept-language': 'en' } });
    expect(await en.json()).toEqual({ error: { code: 'outside_service_area', message: 'Outside Hanoi' } });
    const boom = await app.request('/boom');
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(text).toContain('internal_error');
    expect(text).not.toContain('secret');
  });
});
