import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onCleanup } from './cleanup.js';
import { nowMs } from './clock.js';
import { ROOT, stopChild } from './processes.js';
import type { ClientRecord, FromClients, StreamKind, ToClients } from './stream-protocol.js';

const SCRIPT = fileURLToPath(new URL('./stream-clients.ts', import.meta.url));
const ASK_TIMEOUT_MS = 60_000;

type Reply<T extends FromClients['type']> = Extract<FromClients, { type: T }>;

/** Sends `m` and waits for the child's next message of type `type`. */
function ask<T extends FromClients['type']>(
  child: ChildProcess,
  m: ToClients,
  type: T,
  timeoutMs = ASK_TIMEOUT_MS,
): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`stream clients: no "${type}" reply in ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (r: FromClients) => r.type === type && finish(null, r as Reply<T>);
    const onExit = (code: number | null) => finish(new Error(`stream clients exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(m);
    function finish(err: Error | null, r?: Reply<T>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(r!);
    }
  });
}

export interface Collected {
  clients: ClientRecord[];
  /** CPU used by all client processes since they were ready, in cores. */
  cores: number;
  loopDelayP99Ms: number;
}

/** Stream clients spread over a few child processes, so one process's event loop does not decide the result. */
export class StreamFleet {
  private constructor(
    private readonly children: ChildProcess[],
    private readonly unregister: () => void,
  ) {}

  static async start(o: {
    kind: StreamKind;
    url: string;
    clients: number;
    processes: number;
    tag: string;
    prefix: string;
    maxReports: number;
  }): Promise<StreamFleet> {
    const children = Array.from({ length: Math.min(o.processes, o.clients) }, () =>
      fork(SCRIPT, [], {
        cwd: ROOT,
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    const fleet = new StreamFleet(
      children,
      onCleanup(`stop ${o.kind} stream clients`, () =>
        Promise.all(children.map((c) => stopChild(c, 3000))).then(() => {}),
      ),
    );
    try {
      const share = (i: number) => Math.floor(o.clients / children.length) + (i < o.clients % children.length ? 1 : 0);
      const ready = await Promise.all(
        children.map((c, i) =>
          ask(
            c,
            {
              type: 'init',
              kind: o.kind,
              url: o.url,
              count: share(i),
              tag: o.tag,
              prefix: o.prefix,
              maxReports: o.maxReports,
            },
            'ready',
          ),
        ),
      );
      const failed = ready.reduce((n, r) => n + r.failed, 0);
      if (failed)
        throw new Error(
          `${failed} of ${o.clients} ${o.kind} clients could not connect: ${ready.find((r) => r.error)?.error}`,
        );
      return fleet;
    } catch (err) {
      await fleet.stop();
      throw err;
    }
  }

  /**
   * Checks that a child's clock reading falls between two readings of ours (same clock), and
   * returns the widest round trip: how far apart the two processes' timestamps can be.
   */
  async checkClock(rounds = 5): Promise<number> {
    let widest = 0;
    for (const child of this.children) {
      for (let id = 0; id < rounds; id++) {
        const before = nowMs();
        const { at } = await ask(child, { type: 'clock', id }, 'clock');
        const after = nowMs();
        if (at < before || at > after)
          throw new Error(`the stream clients' clock is not ours: ${at} outside [${before}, ${after}]`);
        widest = Math.max(widest, after - before);
      }
    }
    return widest;
  }

  async delivered(): Promise<number> {
    const replies = await Promise.all(this.children.map((c) => ask(c, { type: 'progress' }, 'progress')));
    return replies.reduce((n, r) => n + r.delivered, 0);
  }

  async collect(): Promise<Collected> {
    const replies = await Promise.all(this.children.map((c) => ask(c, { type: 'collect' }, 'collected')));
    return {
      clients: replies.flatMap((r) => r.clients),
      cores: replies.reduce((n, r) => n + r.cpuSeconds / Math.max(r.wallSeconds, 1e-3), 0),
      loopDelayP99Ms: Math.max(...replies.map((r) => r.loopDelayP99Ms)),
    };
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((c) => stopChild(c, 3000)));
    this.unregister();
  }
}
