import { readdirSync, readFileSync } from 'node:fs';
import type { CpuUse } from './results.js';
import { nowMs } from './clock.js';

// Linux /proc accounting in clock ticks; USER_HZ is 100 on every mainstream Linux build.
// /proc/<pid>/stat after the command name: ppid is field 4, utime/stime 14/15, cutime/cstime 16/17.
const TICKS_PER_SECOND = 100;

function processTicks(pid: number): number | null {
  return readStat(pid)?.own ?? null;
}

/**
 * CPU of every PostgreSQL process on the machine (the cluster is shared, so other users' queries
 * count too). Backends that exited are in the postmaster's cutime/cstime, so none goes missing.
 */
function postgresTicks(): number | null {
  try {
    const procs = new Map<number, { ppid: number; own: number; reaped: number }>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readStat(Number(entry));
      if (stat?.comm === 'postgres') procs.set(Number(entry), stat);
    }
    let sum = 0;
    for (const p of procs.values()) sum += p.own + (procs.has(p.ppid) ? 0 : p.reaped);
    return sum;
  } catch {
    return null;
  }
}

function readStat(pid: number): { comm: string; ppid: number; own: number; reaped: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return { comm, ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

function machineTicks(): { busy: number; total: number } | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Starts measuring; the returned function gives the CPU used since, in cores. */
export function startCpuMeter(targetPid: number | null): () => CpuUse {
  const t0 = nowMs();
  const target0 = targetPid === null ? null : processTicks(targetPid);
  const pg0 = postgresTicks();
  const m0 = machineTicks();
  return () => {
    const seconds = (nowMs() - t0) / 1000;
    const cores = (a: number | null, b: number | null) =>
      a === null || b === null || seconds <= 0 ? null : (b - a) / TICKS_PER_SECOND / seconds;
    const m1 = machineTicks();
    return {
      target: cores(target0, targetPid === null ? null : processTicks(targetPid)),
      postgres: cores(pg0, postgresTicks()),
      machineBusy: m0 && m1 && m1.total > m0.total ? (m1.busy - m0.busy) / (m1.total - m0.total) : null,
    };
  };
}
