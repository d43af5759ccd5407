import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileLine {
  name: string;
  selfMs: number;
  share: number;
}

/** Where a frame's code lives: a package, our workspace, or V8's own buckets like (garbage collector). */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node core';
  const ws = /\/(server|geo)\/src\//.exec(url);
  return ws ? `${ws[1]}/src` : url;
}

function top(map: Map<string, number>, totalMs: number, n: number): ProfileLine[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, selfMs]) => ({ name, selfMs, share: selfMs / totalMs }));
}

/** Self time per function and per package of a V8 .cpuprofile. */
export function summarizeProfile(
  profile: CpuProfile,
  n = 12,
): { totalMs: number; functions: ProfileLine[]; buckets: ProfileLine[] } {
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const perSample = totalMs / Math.max(profile.samples.length, 1);
  const fns = new Map<string, number>();
  const buckets = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (node.hitCount ?? 0) * perSample;
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\/(node_modules|src)\//, '$1/');
    const fn = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
    const bucket = bucketOf(url, functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
  }
  return { totalMs, functions: top(fns, totalMs, n), buckets: top(buckets, totalMs, n) };
}

/**
 * The main-thread profile of process `pid` in `dir`, summarised as text lines; null when there is
 * none. Node names them CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main
 * thread (tsx's module loader runs in thread 1 and writes its own).
 */
export function describeProfile(dir: string, pid: number): string[] | null {
  let files: string[];
  try {
    files = readdirSync(dir).filter(
      (f) => f.endsWith(`.${pid}.0.001.cpuprofile`) || new RegExp(`\\.${pid}\\.0\\.\\d+\\.cpuprofile$`).test(f),
    );
  } catch {
    return null;
  }
  const newest = files.map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) return null;
  const s = summarizeProfile(JSON.parse(readFileSync(newest, 'utf8')) as CpuProfile);
  const line = (l: ProfileLine) =>
    `  ${(l.share * 100).toFixed(1).padStart(5)}%  ${Math.round(l.selfMs).toString().padStart(7)} ms  ${l.name}`;
  return [
    `Server CPU profile ${newest} (main thread, ${Math.round(s.totalMs)} ms of wall time, whole server life):`,
    ' self time by package:',
    ...s.buckets.map(line),
    ' self time by function:',
    ...s.functions.map(line),
  ];
}
