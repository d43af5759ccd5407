import type { LngLat } from '../contracts/common.js';
import type { ImportMapping, RejectReason } from '../contracts/import.js';
import type { ReportStatus } from '../contracts/report.js';
import { parseTime } from './times.js';

/** One record of a source file, before mapping. */
export interface SourceRecord {
  /** Line in the file where the record starts (1-based), or its index for JSON arrays. */
  line: number;
  values: Record<string, unknown>;
  /** GeoJSON: the Point geometry's position. */
  position?: LngLat | null;
  /** Set when the record could not be read at all (bad JSON line). */
  error?: string;
}

export interface ImportRow {
  line: number;
  sourceId: string;
  category: string;
  status: ReportStatus;
  description: string;
  location: LngLat;
  createdAt: Date;
  updatedAt: Date;
}

export interface Rejection {
  line: number;
  sourceId: string | null;
  reason: RejectReason;
  detail: string;
}

export type Mapped = { ok: true; row: ImportRow } | ({ ok: false } & Rejection);

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Fills `{column}` placeholders; a template without braces is a column name. */
export function fillTemplate(template: string, values: Record<string, unknown>): string {
  if (!template.includes('{')) return text(values[template]);
  const filled = template.replace(/\{([^}]+)\}/g, (_, col: string) => text(values[col]));
  // Drop separators left dangling by empty columns: "Odor –  – " → "Odor".
  return filled.replace(/\s+/g, ' ').replace(/^[\s:;,–-]+|[\s:;,–-]+$/g, '');
}

function position(rec: SourceRecord, c: ImportMapping['columns']): LngLat | 'missing' | 'invalid' {
  let lat: string, lng: string;
  if (rec.position !== undefined) {
    if (rec.position === null) return 'missing';
    [lng, lat] = rec.position.map(String) as [string, string];
  } else if (c.point) {
    const raw = text(rec.values[c.point]);
    if (raw === '') return 'missing';
    [lat, lng] = raw
      .replace(/[()]/g, '')
      .split(',')
      .map((s) => s.trim()) as [string, string];
  } else {
    [lat, lng] = [text(rec.values[c.lat ?? '']), text(rec.values[c.lng ?? ''])];
    if (lat === '' || lng === '') return 'missing';
  }
  const [x, y] = [Number(lng), Number(lat)];
  // (0, 0) is how exports write "unknown", not a report in the Gulf of Guinea.
  if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90 || (x === 0 && y === 0))
    return 'invalid';
  return [x, y];
}

/** Maps one record, or says why it cannot be imported. Pure: no I/O. */
export function mapRecord(rec: SourceRecord, m: ImportMapping): Mapped {
  const c = m.columns;
  const sourceId = rec.error ? null : text(rec.values[c.id]) || null;
  const reject = (reason: RejectReason, detail: string): Mapped => ({
    ok: false,
    line: rec.line,
    sourceId,
    reason,
    detail,
  });
  if (rec.error) return reject('unreadable_row', rec.error);
  if (!sourceId) return reject('missing_id', `column ${c.id} is empty`);
  const where = position(rec, c);
  if (where === 'missing') return reject('missing_coordinates', 'the row has no coordinates');
  if (where === 'invalid') return reject('invalid_coordinates', 'coordinates are not a position on Earth');
  const rawCategory = text(rec.values[c.category]);
  const category = m.categories[rawCategory];
  if (!category) return reject('unknown_category', `category "${rawCategory}" is not in the mapping`);
  const rawStatus = text(rec.values[c.status]);
  const status = m.statuses[rawStatus];
  if (!status) return reject('unknown_status', `status "${rawStatus}" is not in the mapping`);
  const createdAt = parseTime(text(rec.values[c.createdAt]), m.time.format, m.time.timeZone);
  if (!createdAt) return reject('invalid_time', `${c.createdAt} "${text(rec.values[c.createdAt])}" does not parse`);
  const updatedRaw = c.updatedAt ? text(rec.values[c.updatedAt]) : '';
  const updated = updatedRaw ? parseTime(updatedRaw, m.time.format, m.time.timeZone) : createdAt;
  if (!updated) return reject('invalid_time', `${c.updatedAt} "${updatedRaw}" does not parse`);
  const description = fillTemplate(c.description, rec.values).slice(0, 4000);
  if (description.length < 3) return reject('description_too_short', 'the description is shorter than 3 characters');
  const updatedAt = updated < createdAt ? createdAt : updated;
  return {
    ok: true,
    row: { line: rec.line, sourceId, category, status, description, location: where, createdAt, updatedAt },
  };
}
