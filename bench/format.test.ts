import { describe, expect, it } from 'vitest';
import { fmtMs, fmtRatio, renderMarkdown, renderTable, renderText, waitsLine } from './format.js';
import { verdicts, type BenchResults, type StreamRun } from './results.js';
import { summarize } from './stats.js';

const cpu = { target: 0.9, postgres: 0.5, machineBusy: 0.8 };
const intakeRun = (perSec: number) => ({
  acceptedPerSec: perSec,
  p50Ms: 20,
  p99Ms: 80,
  total2xx: perSec * 10,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  seconds: 10,
  cpu,
});
const streamRun = (p99: number, missing = 0): StreamRun => ({
  offeredRate: 500,
  achievedRate: 499.8,
  sent: 5000,
  acked: 5000,
  failedPosts: 0,
  expected: 500_000,
  delivered: 500_000 - missing,
  missing,
  clientsMissing: missing ? 1 : 0,
  disconnects: 0,
  duplicates: 0,
  seqGaps: 0,
  outOfOrder: 0,
  latency: { ...summarize([1, 2, 3]), p99 },
  senderLagP99Ms: 0.4,
  cpu,
  clientCores: 0.7,
  clientLoopDelayP99Ms: 12,
  clockCheckMs: 0.3,
});

function results(o: { perSec?: number; p99?: number; missing?: number } = {}): BenchResults {
  return {
    startedAt: '2025-07-01T00:00:00.000Z',
    seconds: 150,
    machine: {
      cpuModel: 'AMD EPYC',
      cores: 2,
      node: 'v20.20.2',
      os: 'Linux 6',
      postgres: 'PostgreSQL 15.20',
      postgis: '3.3',
      loadBefore: [1, 1, 1],
      loadAfter: [2, 2, 2],
    },
    settings: { intake: { connections: 50, seconds: 10 }, stream: { rate: 500, seconds: 10 } },
    intake: {
      ours: intakeRun(o.perSec ?? 1500),
      baseline: intakeRun(15_000),
      check: {
        rows: 15_003,
        acked: 15_000,
        lost: 0,
        unacknowledgedRows: 3,
        inFlightAtStop: 50,
        duplicateRows: 0,
        ok: true,
      },
      barPerSec: 1000,
    },
    stream: { ours: streamRun(o.p99 ?? 40, o.missing), baseline: streamRun(5), barP99Ms: 100, clients: 100 },
    notes: ['a note'],
  };
}

describe('figures', () => {
  it('formats milliseconds and ratios with the digits that matter', () => {
    expect(fmtMs(0.42)).toBe('0.4 ms');
    expect(fmtMs(1234.5)).toBe('1,235 ms');
    expect(fmtMs(Number.NaN)).toBe('—');
    expect(fmtRatio(0.1)).toBe('0.10×');
    expect(fmtRatio(0.0042)).toBe('0.0042×');
    expect(fmtRatio(25.4)).toBe('25×');
    expect(fmtRatio(Number.NaN)).toBe('—');
  });
});

describe('renderTable', () => {
  it('pads every column so all lines have the same width', () => {
    const lines = renderTable(
      ['a', 'bb'],
      [
        ['Mắt Thần', '1'],
        ['x', '1,234 ms'],
      ],
    ).split('\n');
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\|-+\|-+\|$/);
  });
});

describe('verdicts', () => {
  it('passes when both figures meet their bar', () => {
    expect(verdicts(results())).toEqual({ intake: true, stream: true });
  });

  it('fails the stream when a delivery is missing, however good p99 is', () => {
    expect(verdicts(results({ p99: 10, missing: 1 })).stream).toBe(false);
  });

  it('fails intake below 1,000 reports/s and the stream above 100 ms', () => {
    expect(verdicts(results({ perSec: 999, p99: 101 }))).toEqual({ intake: false, stream: false });
  });
});

describe('reports', () => {
  it('prints each figure beside its baseline, the ratio and the bar', () => {
    const text = renderText(results({ perSec: 1500 }));
    expect(text).toMatch(/\| Accepted reports\/s \(2xx\) +\| 1,500 +\| 15,000 +\| 0\.10× +\| ≥ 1,000\/s +\| PASS/);
    expect(text).toMatch(/\| Latency p99 +\| 40 ms +\| 5\.0 ms +\| 8\.00× +\| ≤ 100 ms +\| PASS/);
    expect(text).toContain('AMD EPYC, 2 cores');
  });

  it('writes a markdown snippet with both tables and the notes', () => {
    const md = renderMarkdown(results({ p99: 250 }));
    expect(md).toContain('**1. Intake');
    expect(md).toContain('**2. POST → client latency');
    expect(md).toMatch(/Latency p99 .*\| FAIL/);
    expect(md).toContain('- a note');
  });
});

describe('waitsLine', () => {
  it('lists the busiest connection states first, as average connection counts', () => {
    const line = waitsLine({
      samples: 10,
      states: [
        { what: 'active Lock:advisory', backends: 14.25 },
        { what: 'idle', backends: 2 },
      ],
    });
    expect(line).toBe("Server's PostgreSQL connections, average of 10 samples: 14.3 active Lock:advisory, 2.0 idle");
    expect(waitsLine(undefined)).toBe('');
  });
});
