import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ImportMapping } from '../contracts/import.js';
import { CsvReader, type CsvRow } from './csv-records.js';
import type { SourceRecord } from './row-mapping.js';

/** Streams a CSV file's records (header row names the columns); memory stays one chunk deep. */
async function* csvRecords(path: string): AsyncGenerator<SourceRecord> {
  const reader = new CsvReader();
  let header: string[] | null = null;
  function* records(rows: CsvRow[]): Generator<SourceRecord> {
    for (const { line, fields } of rows) {
      if (!header) {
        header = fields;
        continue;
      }
      const values: Record<string, string> = {};
      // A short row lacks its last columns; a long row's extra fields have no name.
      for (let i = 0; i < Math.min(fields.length, header.length); i++) values[header[i]!] = fields[i]!;
      yield { line, values };
    }
  }
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) yield* records(reader.push(chunk as string));
  yield* records(reader.end());
}

async function* ndjsonRecords(path: string): AsyncGenerator<SourceRecord> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
      yield { line, values: value as Record<string, unknown> };
    } catch (err) {
      yield { line, values: {}, error: `line ${line}: ${(err as Error).message}` };
    }
  }
}

interface Feature {
  id?: unknown;
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

// GeoJSON and Open311 JSON are single documents, parsed whole: fine for the exports cities publish
// (tens of MB); a larger history belongs in CSV or NDJSON, which stream.
async function* geojsonRecords(path: string): AsyncGenerator<SourceRecord> {
  const doc = JSON.parse(await readFile(path, 'utf8')) as { features?: Feature[] };
  let i = 0;
  for (const f of doc.features ?? []) {
    i++;
    const c = f.geometry?.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
    yield { line: i, values: { id: f.id, ...(f.properties ?? {}) }, position: c ? [c[0], c[1]] : null };
  }
}

async function* open311Records(path: string): AsyncGenerator<SourceRecord> {
  const doc = JSON.parse(await readFile(path, 'utf8')) as unknown;
  const list = Array.isArray(doc) ? doc : ((doc as { service_requests?: unknown[] }).service_requests ?? []);
  let i = 0;
  for (const value of list) {
    i++;
    if (typeof value === 'object' && value !== null) yield { line: i, values: value as Record<string, unknown> };
    else yield { line: i, values: {}, error: `item ${i}: not an object` };
  }
}

/** The records of a source file in its mapping's format, in file order. */
export function readRecords(path: string, format: ImportMapping['format']): AsyncGenerator<SourceRecord> {
  return { csv: csvRecords, ndjson: ndjsonRecords, geojson: geojsonRecords, open311: open311Records }[format](path);
}
