import { geoSections } from './format-geo.js';
import { ratio } from './stats.js';
import { verdicts, type BenchResults, type CpuUse, type DbWaits, type IntakeRun, type StreamRun } from './results.js';

const dash = '—';

export const fmtInt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : dash);

export function fmtMs(n: number): string {
  if (!Number.isFinite(n)) return dash;
  return n < 10 ? `${n.toFixed(1)} ms` : `${fmtInt(n)} ms`;
}

/** A ratio with enough digits to tell 0.004× from 0.04×. */
export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return dash;
  return `${r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`;
}

const fmtCores = (n: number | null) => (n === null || !Number.isFinite(n) ? dash : n.toFixed(2));
const cpuCell = (c: CpuUse) =>
  `${fmtCores(c.target)} / ${fmtCores(c.postgres)} / ${c.machineBusy === null ? dash : `${Math.round(c.machineBusy * 100)}%`}`;
const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Rows padded to a common width per column: a pipe table that reads well in a terminal and in markdown. */
export function renderTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => `| ${widths.map((w, c) => (r[c] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const HEADER = ['Metric', 'Mắt Thần', 'Baseline', 'Ours/baseline', 'Bar', 'Verdict'];

function intakeRows(r: BenchResults): string[][] {
  const { ours: o, baseline: b, check: k, barPerSec } = r.intake;
  const v = verdicts(r).intake;
  const errs = (x: IntakeRun) => `${fmtInt(x.non2xx)} / ${fmtInt(x.errors)} / ${fmtInt(x.timeouts)}`;
  return [
    [
      'Accepted reports/s (2xx)',
      fmtInt(o.acceptedPerSec),
      fmtInt(b.acceptedPerSec),
      fmtRatio(ratio(o.acceptedPerSec, b.acceptedPerSec)),
      `≥ ${fmtInt(barPerSec)}/s`,
      pass(v),
    ],
    ['Latency p50', fmtMs(o.p50Ms), fmtMs(b.p50Ms), fmtRatio(ratio(o.p50Ms, b.p50Ms)), '', ''],
    ['Latency p99', fmtMs(o.p99Ms), fmtMs(b.p99Ms), fmtRatio(ratio(o.p99Ms, b.p99Ms)), '', ''],
    ['non-2xx / errors / timeouts', errs(o), errs(b), '', '0 / 0 / 0', pass(o.non2xx + o.errors + o.timeouts === 0)],
    [
      'DB rows = 2xx + unanswered at stop',
      `${fmtInt(k.rows)} = ${fmtInt(k.acked)} + ${fmtInt(k.unacknowledgedRows)}`,
      '',
      '',
      `+ ≤ ${fmtInt(k.inFlightAtStop)} in flight`,
      pass(k.ok),
    ],
    [
      '  2xx lost / rows duplicated',
      `${fmtInt(k.lost)} / ${fmtInt(k.duplicateRows)}`,
      '',
      '',
      '0 / 0',
      pass(k.lost + k.duplicateRows === 0),
    ],
    ['CPU cores: target / postgres / machine busy', cpuCell(o.cpu), cpuCell(b.cpu), '', '', ''],
  ];
}

function streamRows(r: BenchResults): string[][] {
  const { ours: o, baseline: b, barP99Ms } = r.stream;
  const v = verdicts(r).stream;
  const lat = (k: 'p50' | 'p95' | 'p99' | 'max', bar = '', verdict = '') => [
    `Latency ${k}`,
    fmtMs(o.latency[k]),
    fmtMs(b.latency[k]),
    fmtRatio(ratio(o.latency[k], b.latency[k])),
    bar,
    verdict,
  ];
  const integrity = (x: StreamRun) =>
    `${fmtInt(x.missing)} / ${fmtInt(x.duplicates)} / ${fmtInt(x.seqGaps)} / ${fmtInt(x.outOfOrder)}`;
  const okIntegrity = o.missing + o.duplicates + o.seqGaps + o.outOfOrder === 0;
  return [
    [
      'Achieved offered rate (POST/s)',
      fmtInt(o.achievedRate),
      fmtInt(b.achievedRate),
      '',
      `${fmtInt(o.offeredRate)}/s`,
      pass(o.achievedRate >= 0.95 * o.offeredRate),
    ],
    [
      'POSTs 2xx / sent',
      `${fmtInt(o.acked)} / ${fmtInt(o.sent)}`,
      `${fmtInt(b.acked)} / ${fmtInt(b.sent)}`,
      '',
      'all',
      pass(o.failedPosts === 0),
    ],
    [
      'Deliveries / expected',
      `${fmtInt(o.delivered)} / ${fmtInt(o.expected)}`,
      `${fmtInt(b.delivered)} / ${fmtInt(b.expected)}`,
      '',
      'all',
      pass(o.missing === 0),
    ],
    lat('p50'),
    lat('p95'),
    lat('p99', `≤ ${barP99Ms} ms`, pass(v)),
    lat('max'),
    ['Missing / dup / seq gaps / out of order', integrity(o), integrity(b), '', '0 / 0 / 0 / 0', pass(okIntegrity)],
    [
      '  clients missing a report / disconnected',
      `${fmtInt(o.clientsMissing)} / ${fmtInt(o.disconnects)}`,
      `${fmtInt(b.clientsMissing)} / ${fmtInt(b.disconnects)}`,
      '',
      '0 / 0',
      pass(o.clientsMissing + o.disconnects === 0),
    ],
    ['Sender lag p99 (open loop)', fmtMs(o.senderLagP99Ms), fmtMs(b.senderLagP99Ms), '', '', ''],
    ['CPU cores: target / postgres / machine busy', cpuCell(o.cpu), cpuCell(b.cpu), '', '', ''],
    [
      'CPU cores of client processes (loop p99)',
      `${fmtCores(o.clientCores)} (${fmtMs(o.clientLoopDelayP99Ms)})`,
      `${fmtCores(b.clientCores)} (${fmtMs(b.clientLoopDelayP99Ms)})`,
      '',
      '',
      '',
    ],
  ];
}

/** One line: what the server's database connections did, e.g. "14.2 active Lock:advisory, 1.0 idle …". */
export function waitsLine(w: DbWaits | undefined): string {
  if (!w || w.samples === 0) return '';
  const states = w.states.slice(0, 5).map((s) => `${s.backends.toFixed(1)} ${s.what}`);
  return `Server's PostgreSQL connections, average of ${w.samples} samples: ${states.join(', ')}`;
}

function machineLines(r: BenchResults): string[] {
  const m = r.machine;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  return [
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.os}; Node ${m.node}; ${m.postgres}; PostGIS ${m.postgis}`,
    `Load average before ${load(m.loadBefore)}, after ${load(m.loadAfter)}; run ${r.startedAt}, ${r.seconds.toFixed(0)} s`,
  ];
}

function titles(r: BenchResults): [string, string] {
  const s = r.settings as {
    intake?: { connections?: number; seconds?: number };
    stream?: { rate?: number; seconds?: number };
  };
  return [
    `1. Intake: POST /api/reports end to end, autocannon ${s.intake?.connections} connections × ${s.intake?.seconds} s (baseline: bare node:http JSON echo)`,
    `2. POST → client latency: ${s.stream?.rate} reports/s open loop × ${s.stream?.seconds} s, ${r.stream.clients} websocket clients (baseline: node:http + raw ws broadcast)`,
  ];
}

/** The stdout report. */
export function renderText(r: BenchResults): string {
  const [t1, t2] = titles(r);
  const notes = r.notes.map((n) => `* ${n}`);
  const w1 = waitsLine(r.intake.ours.dbWaits);
  const w2 = waitsLine(r.stream.ours.dbWaits);
  return [
    ...machineLines(r),
    '',
    t1,
    renderTable(HEADER, intakeRows(r)),
    ...(w1 ? [w1] : []),
    '',
    t2,
    renderTable(HEADER, streamRows(r)),
    ...(w2 ? [w2] : []),
    '',
    ...geoSections(r.geo, r.hotspotEndpoint).flatMap((s) => [s.title, renderTable(s.header, s.rows), '']),
    ...notes,
  ].join('\n');
}

/** The snippet the README quotes. */
export function renderMarkdown(r: BenchResults): string {
  const [t1, t2] = titles(r);
  const notes = r.notes.map((n) => `- ${n}`);
  return [
    '<!-- generated by `npm run bench` (bench/run.ts); do not edit -->',
    ...machineLines(r).map((l) => `${l}  `),
    '',
    `**${t1}**`,
    '',
    renderTable(HEADER, intakeRows(r)),
    '',
    ...(waitsLine(r.intake.ours.dbWaits) ? [waitsLine(r.intake.ours.dbWaits), ''] : []),
    `**${t2}**`,
    '',
    renderTable(HEADER, streamRows(r)),
    '',
    ...(waitsLine(r.stream.ours.dbWaits) ? [waitsLine(r.stream.ours.dbWaits), ''] : []),
    ...geoSections(r.geo, r.hotspotEndpoint).flatMap((s) => [`**${s.title}**`, '', renderTable(s.header, s.rows), '']),
    'CPU cells: cores used by the target process / by all PostgreSQL processes / share of the machine busy (including other users).',
    ...(notes.length ? ['', ...notes] : []),
    '',
  ].join('\n');
}
