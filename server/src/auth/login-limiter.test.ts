import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './login-limiter.js';

describe('sign-in limiter', () => {
  it('makes an account wait after 5 failures in 15 minutes, until the oldest one ages out', () => {
    const l = createLoginLimiter(5, 30, 15 * 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) l.fail(['u:an'], t0 + i * 1000);
    expect(l.retryAfter(['u:an'], t0 + 5000)).toBe(15 * 60 - 5);
    expect(l.retryAfter(['u:binh'], t0 + 5000)).toBe(0);
    expect(l.retryAfter(['u:an'], t0 + 15 * 60_000 + 1)).toBe(0);
  });

  it('allows an address more failures than an account, and forgets an account on success', () => {
    const l = createLoginLimiter(2, 4);
    for (let i = 0; i < 3; i++) l.fail([`u:user${i}`, 'c:10.0.0.1'], 0);
    expect(l.retryAfter(['u:other', 'c:10.0.0.1'], 1)).toBe(0);
    l.fail(['u:other', 'c:10.0.0.1'], 1);
    expect(l.retryAfter(['u:new', 'c:10.0.0.1'], 2)).toBeGreaterThan(0);
    l.fail(['u:x'], 0);
    l.fail(['u:x'], 0);
    l.succeed(['u:x']);
    expect(l.retryAfter(['u:x'], 1)).toBe(0);
  });
});
