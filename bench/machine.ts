import { cpus, loadavg, release, type as osType } from 'node:os';
import type { Machine } from './results.js';

export function machineBefore(versions: { postgres: string; postgis: string }): Machine {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    os: `${osType()} ${release()}`,
    postgres: versions.postgres,
    postgis: versions.postgis,
    loadBefore: loadavg(),
    loadAfter: [],
  };
}

export const machineAfter = (m: Machine): Machine => ({ ...m, loadAfter: loadavg() });
