import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onCleanup } from './cleanup.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A server child process that printed `listening on <url>`. */
export interface Listening {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Extra flags for node, e.g. --cpu-prof. */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** Starts `node --import tsx <script>` from the repo root and waits for its `listening on` line. */
export async function startListening(name: string, script: string, opts: StartOptions = {}): Promise<Listening> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const unregister = onCleanup(`stop ${name}`, () => stopChild(child));
  const url = await waitForLine(child, () => out, opts.timeoutMs ?? 90_000).catch(async (err: unknown) => {
    await stopChild(child);
    unregister();
    throw new Error(`${name}: ${(err as Error).message}`);
  });
  return {
    url,
    pid: child.pid!,
    output: () => out,
    async stop() {
      await stopChild(child);
      unregister();
    },
  };
}

function waitForLine(child: ChildProcess, out: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`did not print "listening on" in ${timeoutMs} ms:\n${out()}`)),
      timeoutMs,
    );
    const poll = setInterval(() => {
      const m = /listening on (http:\/\/\S+)/.exec(out());
      if (m?.[1]) done(null, m[1]);
    }, 50);
    const onExit = (code: number | null) => done(new Error(`exited with ${code}:\n${out()}`));
    child.once('exit', onExit);
    function done(err: Error | null, url?: string) {
      clearTimeout(timer);
      clearInterval(poll);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(url!);
    }
  });
}

/** SIGTERM, then SIGKILL after `graceMs`. Resolves once the child has exited. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
