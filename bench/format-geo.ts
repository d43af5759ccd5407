// Tables of phases 3–6 (geo work in process, and the optional hotspot endpoint), in format.ts's style.
import { fmtInt, fmtMs, fmtRatio } from './format.js';
import { geoVerdicts, type GeoResults } from './geo-results.js';
import type { EndpointResult } from './hotspot-endpoint-results.js';
import type { Timing } from './micro.js';
import { ratio } from './stats.js';

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const runsCell = (t: Timing) => t.runsMs.map((ms) => fmtMs(ms)).join(', ');

/** Title and rows of one section; the caller renders them as text or markdown. */
export interface Section {
  title: string;
  header: string[];
  rows: string[][];
}

const HEADER = ['Metric', 'Mắt Thần', 'Baseline', 'Ours/baseline', 'Bar', 'Verdict'];

function h3Section(g: GeoResults): Section {
  const { h3 } = g;
  return {
    title: `3. H3 per report: lngLatToCell([lng, lat], 15) + cellToBigInt, ${fmtInt(h3.points)} random points in Hà Nội's bbox, median of ${h3.runs} runs (baseline: raw h3-js latLngToCell(lat, lng, 15))`,
    header: HEADER,
    rows: [
      [
        'Calls/s',
        fmtInt(h3.ours.perSec),
        fmtInt(h3.baseline.perSec),
        fmtRatio(ratio(h3.ours.perSec, h3.baseline.perSec)),
        `≥ ${h3.barRatio}× raw`,
        pass(geoVerdicts(g).h3),
      ],
      ['  runs', runsCell(h3.ours), runsCell(h3.baseline), '', '', ''],
    ],
  };
}

function hotspotSection(g: GeoResults): Section {
  const h = g.hotspots;
  return {
    title: `4. Gi* over ${fmtInt(h.cells)} res-${h.resolution} cells (${fmtInt(h.cellsWithReports)} with reports), k = ${h.k}: hotspotsForCells, median of ${h.runs} runs (baseline: the bare getisOrdGiStar core on the same neighbour lists)`,
    header: HEADER,
    rows: [
      [
        'Time per study region',
        fmtMs(h.ours.medianMs),
        fmtMs(h.baseline.medianMs),
        fmtRatio(ratio(h.ours.medianMs, h.baseline.medianMs)),
        `< ${fmtInt(h.barMs)} ms`,
        pass(geoVerdicts(g).hotspots),
      ],
      ['  runs', runsCell(h.ours), runsCell(h.baseline), '', '', ''],
      [
        '  largest z difference from the core',
        h.maxZDifference.toExponential(1),
        '',
        '',
        '< 1e-9',
        pass(h.maxZDifference < 1e-9),
      ],
    ],
  };
}

function wardsSection(g: GeoResults): Section {
  const w = g.wards;
  return {
    title: `5. Ward lookups: createAreaIndex(${w.wards} wards).areaAt(p), ${fmtInt(w.points)} random points in Hà Nội's bbox, median of ${w.runs} runs (baseline: brute-force scan of all ${w.wards} ward bboxes per point)`,
    header: HEADER,
    rows: [
      [
        'Lookups/s',
        fmtInt(w.ours.perSec),
        fmtInt(w.baseline.perSec),
        fmtRatio(ratio(w.ours.perSec, w.baseline.perSec)),
        `≥ ${fmtInt(w.barPerSec)}/s`,
        pass(geoVerdicts(g).wards),
      ],
      ['  runs', runsCell(w.ours), runsCell(w.baseline), '', '', ''],
      ['  points inside a ward / index build', `${fmtInt(w.inside)} / ${fmtMs(w.buildMs)}`, '', '', '', ''],
    ],
  };
}

function endpointSection(e: EndpointResult): Section {
  const lat = (k: 'p50' | 'p95' | 'max', bar = '', verdict = '') => [
    `Latency ${k}`,
    fmtMs(e.ours[k]),
    fmtMs(e.baseline[k]),
    fmtRatio(ratio(e.ours[k], e.baseline[k])),
    bar,
    verdict,
  ];
  return {
    title: `6. GET /api/hotspots?res=${e.res}&k=${e.k} on ${fmtInt(e.reports)} seeded reports, ${e.ours.count} uncached requests one at a time, varied from/category (baseline: the raw count-per-cell SQL with the same filters through pg)`,
    header: HEADER,
    rows: [
      lat('p50'),
      lat('p95', `< ${fmtInt(e.barP95Ms)} ms`, pass(e.ours.p95 < e.barP95Ms && e.failures === 0)),
      lat('max'),
      ['Cached repeat p50 / p95', `${fmtMs(e.cached.p50)} / ${fmtMs(e.cached.p95)}`, '', '', '', ''],
      ['Non-200 answers', fmtInt(e.failures), '', '', '0', pass(e.failures === 0)],
      ['Study-region cells / seeding', `${fmtInt(e.studyRegionCells)} / ${e.seedSeconds.toFixed(0)} s`, '', '', '', ''],
    ],
  };
}

/** Sections 3–5, and 6 when the opt-in hotspot endpoint phase ran. */
export function geoSections(g: GeoResults | undefined, e: EndpointResult | undefined): Section[] {
  return [...(g ? [h3Section(g), hotspotSection(g), wardsSection(g)] : []), ...(e ? [endpointSection(e)] : [])];
}
