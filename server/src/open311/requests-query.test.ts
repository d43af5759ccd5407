import { describe, expect, it } from 'vitest';
import { ReportStatus } from '../contracts/report.js';
import { open311Status, parseRequestsQuery, reportStatuses, requestsWindow } from './requests-query.js';

const now = new Date('2026-06-30T00:00:00Z');
const q = (params: Record<string, string | string[]>) =>
  parseRequestsQuery(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v : [v]])));

describe('Open311 GET requests arguments', () => {
  it('maps every status of ours to open or closed, and back', () => {
    const closed = ['resolved', 'closed', 'not_responsible', 'duplicate', 'rejected'];
    for (const s of ReportStatus.options) expect(open311Status(s)).toBe(closed.includes(s) ? 'closed' : 'open');
    expect(reportStatuses(['closed']).sort()).toEqual([...closed].sort());
    expect(reportStatuses(['open', 'closed']).sort()).toEqual([...ReportStatus.options].sort());
  });

  it('treats empty arguments as absent and joins repeated ones', () => {
    expect(q({ status: ['open', 'closed'], service_code: '', start_date: '' })).toEqual({ status: ['open', 'closed'] });
    expect(q({ service_code: 'trash,traffic' }).service_code).toEqual(['trash', 'traffic']);
  });

  it('refuses dates without a time zone and unknown statuses', () => {
    expect(() => q({ start_date: '2010-05-24T00:00:00' })).toThrow();
    expect(() => q({ status: 'pending' })).toThrow();
  });

  it('defaults to the last 90 days, and a cursor lifts only that default', () => {
    expect(requestsWindow(q({}), now)).toEqual({ from: new Date('2026-04-01T00:00:00Z'), defaulted: true });
    expect(requestsWindow(q({ cursor: 'x' }), now)).toEqual({ defaulted: false });
    const start = requestsWindow(q({ start_date: '2010-05-24T00:00:00Z', cursor: 'x' }), now);
    expect(start).toEqual({
      from: new Date('2010-05-24T00:00:00Z'),
      to: new Date('2010-08-22T00:00:00Z'),
      defaulted: false,
    });
  });

  it('refuses a range over 90 days or ending before it starts', () => {
    const range = (start_date: string, end_date: string) => () => requestsWindow(q({ start_date, end_date }), now);
    expect(range('2010-01-01T00:00:00Z', '2010-06-01T00:00:00Z')).toThrow(/90 days/);
    expect(range('2010-06-01T00:00:00Z', '2010-05-01T00:00:00Z')).toThrow(/after/);
    expect(range('2010-05-24T00:00:00Z', '2010-06-24T00:00:00Z')()).toMatchObject({ defaulted: false });
  });
});
