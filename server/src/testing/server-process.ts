import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcess {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  dataDir: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL) and keeps the data dir. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data dir. */
  destroy(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a data dir (to test restarts); a fresh temporary one otherwise. */
  dataDir?: string;
  timeoutMs?: number;
}

/**
 * Starts the product as a user would (`tsx server/src/main.ts`, the same entry as `npm start`)
 * on a free port with the embedded database in a temporary folder, and waits until it prints
 * the line `listening on <url>`.
 */
export async function startServerProcess(opts: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? (await mkdtemp(`${tmpdir()}/matthan-e2e-`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', MATTHAN_DATA_DIR: dataDir, MATTHAN_DEMO_REPORTS: '300', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await waitForUrl(child, () => out, opts.timeoutMs ?? 150_000);
  const stop = () => stopChild(child);
  return {
    url,
    dataDir,
    output: () => out,
    stop,
    async destroy() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess, out: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`server did not start in ${timeoutMs} ms:\n${out()}`)), timeoutMs);
    const poll = setInterval(() => {
      const m = /listening on (http:\/\/\S+)/.exec(out());
      if (m?.[1]) done(null, m[1]);
    }, 50);
    child.once('exit', (code) => done(new Error(`server exited with ${code}:\n${out()}`)));
    function done(err: Error | null, url?: string) {
      clearTimeout(timer);
      clearInterval(poll);
      if (err) reject(err);
      else resolve(url!);
    }
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
