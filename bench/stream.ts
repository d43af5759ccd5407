import { reportBody, type BodyFixtures } from './bodies.js';
import { nowMs, waitFor } from './clock.js';
import { startCpuMeter } from './cpu.js';
import type { StreamRun } from './results.js';
import { sendOpenLoop } from './sender.js';
import { StreamFleet } from './stream-fleet.js';
import { countAcked, summarizeStream } from './stream-summary.js';
import type { StreamKind } from './stream-protocol.js';
import type { Settings } from './settings.js';

export interface StreamTarget {
  kind: StreamKind;
  url: string;
  pid: number;
}

export type StreamOptions = Settings['stream'];

/** Connects the clients, sends on the open-loop schedule, waits for the deliveries, joins the clocks. */
export async function runStream(
  t: StreamTarget,
  f: BodyFixtures,
  tag: string,
  prefix: string,
  o: StreamOptions,
): Promise<StreamRun> {
  const maxReports = Math.round(o.rate * o.seconds);
  const fleet = await StreamFleet.start({
    kind: t.kind,
    url: t.url,
    clients: o.clients,
    processes: o.clientProcesses,
    tag,
    prefix,
    maxReports,
  });
  try {
    const clockCheckMs = await fleet.checkClock();
    const cpu = startCpuMeter(t.pid);
    const log = await sendOpenLoop({
      url: t.url,
      rate: o.rate,
      seconds: o.seconds,
      maxSockets: o.maxSockets,
      drainMs: o.drainSeconds * 1000,
      body: (i) => reportBody(f, tag, prefix, i),
    });
    const expected = countAcked(log) * o.clients;
    const end = nowMs() + o.drainSeconds * 1000;
    let last = -1;
    let stalledSince = nowMs();
    // Wait for every expected delivery; give up when nothing arrives for 3 s or the drain time is over.
    await waitFor(
      async () => {
        const n = await fleet.delivered();
        if (n !== last) {
          last = n;
          stalledSince = nowMs();
        }
        return n >= expected || nowMs() - stalledSince > 3000 || nowMs() > end;
      },
      o.drainSeconds * 1000 + 5000,
      200,
    );
    const used = cpu();
    const collected = await fleet.collect();
    return { ...summarizeStream(log, collected, o.rate, used), clockCheckMs };
  } finally {
    await fleet.stop();
  }
}
