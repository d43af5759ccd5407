import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// The embedded engine has no postmaster to refuse a second opener: two processes on one data dir
// both start and silently corrupt it. A lock file with the holder's pid stands in for that.
const LOCK_FILE = 'pg.lock';

export interface DataDirLock {
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  owner: string;
  since: string;
}

/** The data dir is open in another live process. */
export class DataDirBusyError extends Error {
  constructor(dir: string, holder: Holder) {
    super(
      `the embedded database in ${dir} is in use by process ${holder.pid} (${holder.owner}, since ${holder.since}). ` +
        'Only one process may open it at a time: stop that process (the server, if it runs on this data dir) ' +
        'and try again, or set DATABASE_URL to work on a PostgreSQL instead.',
    );
  }
}

/**
 * Claims `dir` for this process until `release()`. A lock left by a process that has died is
 * taken over. `owner` says who holds it in the message another process sees, e.g. 'npm run seed'.
 */
export async function lockDataDir(dir: string, owner: string): Promise<DataDirLock> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, owner, since: new Date().toISOString() };
  // Written aside, then linked into place: link() fails if the lock exists, and a lock that
  // exists is always complete, so a reader never mistakes a half-written one for a stale one.
  const mine = `${file}.${process.pid}`;
  await writeFile(mine, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await tryLink(mine, file)) return { release: () => rm(file, { force: true }) };
      const holder = await readHolder(file);
      if (holder && isAlive(holder.pid) && !leftByEarlierRun(holder)) throw new DataDirBusyError(dir, holder);
      await rm(file, { force: true });
    }
    throw new Error(`could not lock ${file}: another process keeps recreating it`);
  } finally {
    await rm(mine, { force: true });
  }
}

async function tryLink(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

async function readHolder(file: string): Promise<Holder | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Holder;
  } catch {
    return null; // gone meanwhile: nothing to wait for
  }
}

/**
 * Our own pid with a time before this process started: a lock from an earlier run that got the
 * same pid, as a container restarted on the same volume does.
 */
function leftByEarlierRun(holder: Holder): boolean {
  const startedAt = Date.now() - process.uptime() * 1000;
  return holder.pid === process.pid && Date.parse(holder.since) < startedAt - 1000;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
