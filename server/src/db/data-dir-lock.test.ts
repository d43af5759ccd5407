import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from './data-dir-lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(`${tmpdir()}/matthan-lock-`);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('refuses a second holder while the first holds the lock, and allows one after release', async () => {
    const first = await lockDataDir(dir, 'the server');
    await expect(lockDataDir(dir, 'npm run seed')).rejects.toThrow(DataDirBusyError);
    await expect(lockDataDir(dir, 'npm run seed')).rejects.toThrow(/in use by process \d+ \(the server/);
    await first.release();
    const second = await lockDataDir(dir, 'npm run seed');
    await second.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock left by a process that has died', async () => {
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    await writeFile(`${dir}/pg.lock`, JSON.stringify({ pid: deadPid, owner: 'crashed', since: '2025-01-01' }));
    const lock = await lockDataDir(dir, 'npm run seed');
    await lock.release();
  });

  it('takes over a lock with our own pid from before this process started (a restarted container)', async () => {
    await writeFile(
      `${dir}/pg.lock`,
      JSON.stringify({ pid: process.pid, owner: 'the server', since: '2025-01-01T00:00:00Z' }),
    );
    const lock = await lockDataDir(dir, 'the server');
    await lock.release();
  });
});
