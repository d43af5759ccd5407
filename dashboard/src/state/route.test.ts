import { describe, expect, it } from 'vitest';
import { parseRoute, routePath } from './route.js';

describe('parseRoute', () => {
  it('names the live view, the citizen pages and the public map', () => {
    expect(parseRoute('/')).toEqual({ name: 'live' });
    expect(parseRoute('/report')).toEqual({ name: 'report' });
    expect(parseRoute('/report/')).toEqual({ name: 'report' });
    expect(parseRoute('/public')).toEqual({ name: 'public' });
    expect(parseRoute('/units')).toEqual({ name: 'units' });
    expect(parseRoute('/planning/')).toEqual({ name: 'planning' });
    expect(parseRoute('/signin')).toEqual({ name: 'signin' });
    expect(parseRoute('/track')).toEqual({ name: 'track', code: null });
    expect(parseRoute('/track/K3F9Q-7ZP2M')).toEqual({ name: 'track', code: 'K3F9Q-7ZP2M' });
  });

  it('sends unknown and too deep paths to "not found" instead of guessing', () => {
    expect(parseRoute('/reports')).toEqual({ name: 'notFound' });
    expect(parseRoute('/track/a/b')).toEqual({ name: 'notFound' });
    expect(parseRoute('/report/x')).toEqual({ name: 'notFound' });
    expect(parseRoute('/units/00004')).toEqual({ name: 'notFound' });
    expect(parseRoute('/constructor')).toEqual({ name: 'notFound' });
  });

  it('survives a malformed percent escape in a pasted link', () => {
    expect(parseRoute('/track/%E0%A4%A')).toEqual({ name: 'track', code: '%E0%A4%A' });
  });

  it('builds the path back from a route', () => {
    for (const path of ['/', '/report', '/public', '/units', '/planning', '/signin', '/track', '/track/K3F9Q-7ZP2M']) {
      expect(routePath(parseRoute(path))).toBe(path);
    }
    expect(routePath({ name: 'track', code: 'a b' })).toBe('/track/a%20b');
  });
});
