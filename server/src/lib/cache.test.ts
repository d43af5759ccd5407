import { describe, expect, it } from 'vitest';
import { createCache } from './cache.js';

describe('createCache', () => {
  it('shares one load between concurrent callers and serves it until it expires', async () => {
    let t = 0;
    let loads = 0;
    const cache = createCache<number>({ ttlMs: 100, now: () => t });
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    t = 99;
    expect(await cache.get('k', load)).toBe(1);
    t = 100;
    expect(await cache.get('k', load)).toBe(2);
    expect(await cache.get('k', load, true)).toBe(3);
  });

  it('forgets a failed load, and drops the oldest key past its size', async () => {
    const cache = createCache<string>({ max: 2 });
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', async () => 'up')).toBe('up');
    await cache.get('b', async () => 'b');
    await cache.get('c', async () => 'c');
    expect(await cache.get('a', async () => 'reloaded')).toBe('reloaded');
  });
});
