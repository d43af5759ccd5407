/**
 * Failed sign-ins per username and per client address in a sliding window. In memory: one server
 * instance's view (several instances will share it through Redis).
 */
export interface LoginLimiter {
  /** Seconds to wait before another attempt, or 0 when one is allowed. */
  retryAfter(keys: string[], now: number): number;
  fail(keys: string[], now: number): void;
  succeed(keys: string[]): void;
}

/** Keys are `u:<username>` (at most `perUser` failures a window) or `c:<address>` (`perClient`). */
export function createLoginLimiter(perUser = 5, perClient = 30, windowMs = 15 * 60_000): LoginLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    retryAfter(keys, now) {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key, now);
        const max = key.startsWith('c:') ? perClient : perUser;
        if (times.length >= max) wait = Math.max(wait, Math.ceil((times[times.length - max]! + windowMs - now) / 1000));
      }
      return wait;
    },
    fail(keys, now) {
      for (const key of keys) failures.set(key, [...recent(key, now), now]);
      if (failures.size > 100_000) failures.clear(); // a flood of made-up names must not grow memory forever
    },
    succeed(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
