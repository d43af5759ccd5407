import { useEffect, useState } from 'react';

/**
 * The time, refreshed every animation frame while `active` (a ring is growing somewhere) and
 * left alone otherwise, so an idle wall screen draws nothing.
 */
export function useAnimationClock(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    let frame = requestAnimationFrame(function tick() {
      setNow(Date.now());
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [active]);
  return now;
}
