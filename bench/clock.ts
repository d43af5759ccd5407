/**
 * Milliseconds on CLOCK_MONOTONIC (process.hrtime). On Linux that clock is system-wide, so the
 * sender and the stream clients in another process read the same clock; the bench checks it
 * with a round trip before it trusts it (see checkClock in stream-fleet.ts).
 */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `done` every `everyMs` until it is true or `timeoutMs` passes; returns whether it became true. */
export async function waitFor(
  done: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<boolean> {
  const end = nowMs() + timeoutMs;
  while (nowMs() < end) {
    if (await done()) return true;
    await sleep(everyMs);
  }
  return done();
}
