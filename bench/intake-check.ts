import { indexIn } from './bodies.js';
import type { IntakeOutcome } from './intake.js';
import type { IntakeCheck } from './results.js';

/**
 * Compares the stored reports of a run with the 2xx answers: every answered report must be stored
 * once; a stored report nobody heard about can only be one autocannon hung up on at the deadline.
 */
export function checkStored(
  descriptions: string[],
  outcome: Pick<IntakeOutcome, 'acked' | 'inFlightAtStop'>,
  tag: string,
  prefix: string,
): IntakeCheck {
  const stored = new Map<number, number>();
  for (const d of descriptions) {
    const i = indexIn(d, tag, prefix);
    if (i >= 0) stored.set(i, (stored.get(i) ?? 0) + 1);
  }
  let lost = 0;
  for (const i of outcome.acked.keys()) if (!stored.has(i)) lost++;
  let unacknowledgedRows = 0;
  let duplicateRows = 0;
  for (const [i, n] of stored) {
    if (!outcome.acked.has(i)) unacknowledgedRows += n;
    duplicateRows += n - 1;
  }
  const ok = lost === 0 && duplicateRows === 0 && unacknowledgedRows <= outcome.inFlightAtStop;
  return {
    rows: descriptions.length,
    acked: outcome.acked.size,
    lost,
    unacknowledgedRows,
    inFlightAtStop: outcome.inFlightAtStop,
    duplicateRows,
    ok,
  };
}
