import { describe, expect, it } from 'vitest';
import { ImportMapping } from '../contracts/import.js';
import { fillTemplate, mapRecord, type SourceRecord } from './row-mapping.js';
import { parseTime } from './times.js';

const mapping = ImportMapping.parse({
  source: 'test-src',
  format: 'csv',
  columns: {
    id: 'ID',
    createdAt: 'Opened',
    updatedAt: 'Updated',
    category: 'Cat',
    status: 'St',
    description: '{Cat} – {Addr}',
    lat: 'Lat',
    lng: 'Lng',
  },
  time: { format: 'us', timeZone: 'America/Los_Angeles' },
  categories: { Graffiti: 'public_order' },
  statuses: { Closed: 'closed' },
});

const record = (values: Record<string, string>): SourceRecord => ({
  line: 2,
  values: {
    ID: '7',
    Opened: '1/1/20 0:05',
    Updated: '1/2/20 8:43',
    Cat: 'Graffiti',
    St: 'Closed',
    Addr: '1 Main St',
    Lat: '34.1',
    Lng: '-118.3',
    ...values,
  },
});

describe('parseTime', () => {
  it('reads US wall-clock times in the source time zone, winter and summer', () => {
    expect(parseTime('12/31/2017 11:59:58 PM', 'us', 'America/Los_Angeles')?.toISOString()).toBe(
      '2018-01-01T07:59:58.000Z',
    );
    expect(parseTime('07/15/2012 08:08:00 AM', 'us', 'America/Los_Angeles')?.toISOString()).toBe(
      '2012-07-15T15:08:00.000Z',
    );
    expect(parseTime('1/1/20 0:05', 'us', 'America/Los_Angeles')?.toISOString()).toBe('2020-01-01T08:05:00.000Z');
    expect(parseTime('01/05/2018 12:00:00 AM', 'us', 'UTC')?.toISOString()).toBe('2018-01-05T00:00:00.000Z');
    expect(parseTime('01/05/2018 12:30:00 PM', 'us', 'UTC')?.toISOString()).toBe('2018-01-05T12:30:00.000Z');
  });

  it('follows the offset through the days clocks change, to the quarter hour', () => {
    const la = (v: string) => parseTime(v, 'us', 'America/Los_Angeles')?.toISOString();
    // 2017-03-12 02:00 PST → 03:00 PDT; 2017-11-05 02:00 PDT → 01:00 PST (the earlier 01:xx is taken).
    expect(la('3/12/2017 1:59')).toBe('2017-03-12T09:59:00.000Z');
    expect(la('3/12/2017 3:00')).toBe('2017-03-12T10:00:00.000Z');
    expect(la('3/12/2017 23:00')).toBe('2017-03-13T06:00:00.000Z');
    expect(la('11/5/2017 0:30')).toBe('2017-11-05T07:30:00.000Z');
    expect(la('11/5/2017 1:30')).toBe('2017-11-05T08:30:00.000Z');
    expect(la('11/5/2017 2:30')).toBe('2017-11-05T10:30:00.000Z');
    // Lord Howe Island moves by half an hour.
    expect(parseTime('4/2/2017 3:00', 'us', 'Australia/Lord_Howe')?.toISOString()).toBe('2017-04-01T16:30:00.000Z');
  });

  it('reads ISO times, an offset-less one as UTC', () => {
    expect(parseTime('2025-03-01T10:00:00+07:00', 'iso', 'UTC')?.toISOString()).toBe('2025-03-01T03:00:00.000Z');
    expect(parseTime('2025-03-01T10:00:00', 'iso', 'UTC')?.toISOString()).toBe('2025-03-01T10:00:00.000Z');
  });

  it.each(['', '13/01/2020 1:00', '2/30/2020 1:00', '1/1/20 25:00', '1/1/20 13:00 PM', 'yesterday'])(
    'rejects %j',
    (v) => {
      expect(parseTime(v, 'us', 'UTC')).toBeNull();
    },
  );
});

describe('fillTemplate', () => {
  it('fills columns and trims separators left by empty ones', () => {
    expect(fillTemplate('{a}: {b} – {c}', { a: 'Odor', b: '', c: '' })).toBe('Odor');
    expect(fillTemplate('{a}: {b}', { a: 'Odor', b: 'Sewer' })).toBe('Odor: Sewer');
    expect(fillTemplate('a', { a: '  plain column ' })).toBe('plain column');
  });
});

describe('mapRecord', () => {
  it('maps a row with its own times, status, category and [lng, lat]', () => {
    const m = mapRecord(record({}), mapping);
    expect(m).toEqual({
      ok: true,
      row: {
        line: 2,
        sourceId: '7',
        category: 'public_order',
        status: 'closed',
        description: 'Graffiti – 1 Main St',
        location: [-118.3, 34.1],
        createdAt: new Date('2020-01-01T08:05:00Z'),
        updatedAt: new Date('2020-01-02T16:43:00Z'),
      },
    });
  });

  it.each([
    [{ Lat: '' }, 'missing_coordinates'],
    [{ Lat: '0', Lng: '0' }, 'invalid_coordinates'],
    [{ Lat: '95' }, 'invalid_coordinates'],
    [{ Lng: 'west' }, 'invalid_coordinates'],
    [{ ID: ' ' }, 'missing_id'],
    [{ Cat: 'Potholes' }, 'unknown_category'],
    [{ St: 'Open' }, 'unknown_status'],
    [{ Opened: 'soon' }, 'invalid_time'],
    [{ Updated: 'later' }, 'invalid_time'],
  ])('rejects %j as %s', (values, reason) => {
    const m = mapRecord(record(values), mapping);
    expect(m.ok).toBe(false);
    expect(!m.ok && [m.reason, m.line]).toEqual([reason, 2]);
  });

  it('reads a "(lat, lng)" point column and a GeoJSON position', () => {
    const point = ImportMapping.parse({
      ...mapping,
      columns: { ...mapping.columns, point: 'P', lat: undefined, lng: undefined },
    });
    const m = mapRecord(record({ P: '(37.77, -122.39)' }), point);
    expect(m.ok && m.row.location).toEqual([-122.39, 37.77]);
    const g = mapRecord({ ...record({}), position: [105.85, 21.03] }, mapping);
    expect(g.ok && g.row.location).toEqual([105.85, 21.03]);
    expect(mapRecord({ ...record({}), position: null }, mapping)).toMatchObject({
      ok: false,
      reason: 'missing_coordinates',
    });
  });
});
