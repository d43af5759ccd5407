import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, feedLoaded, feedReportCreated, feedReportUpdated, initialFeed, visibleFeed } from './feed.js';
import { categoryToggled, initialFilters } from './filters.js';
import { aReport } from '../testing/reports.js';

describe('feed', () => {
  it('puts the newest report first', () => {
    const older = aReport();
    const newer = aReport();
    const s = feedReportCreated(feedLoaded(initialFeed, { items: [older] }), { report: newer });
    expect(s.items.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(s.loaded).toBe(true);
  });

  it('keeps a live report that arrived before the first page, without duplicates', () => {
    const a = aReport();
    const b = aReport();
    const s = feedLoaded(feedReportCreated(initialFeed, { report: b }), { items: [b, a] });
    expect(s.items.map((r) => r.id)).toEqual([b.id, a.id]);
  });

  it('replaces a report on update, but never with an older version', () => {
    const r = aReport();
    const resolved = { ...r, status: 'resolved' as const, updatedAt: '2025-07-05T00:00:00.000Z' };
    let s = feedLoaded(initialFeed, { items: [r] });
    s = feedReportUpdated(s, { report: resolved });
    expect(s.items[0]?.status).toBe('resolved');
    expect(feedReportCreated(s, { report: r }).items[0]?.status).toBe('resolved');
  });

  it('ignores updates to reports it does not show', () => {
    const s = feedLoaded(initialFeed, { items: [aReport()] });
    expect(feedReportUpdated(s, { report: aReport() })).toBe(s);
  });

  it('shows only what the filters let through', () => {
    const trash = aReport();
    const flood = aReport({ category: 'flooding' });
    const s = feedLoaded(initialFeed, { items: [trash, flood] });
    expect(visibleFeed(s, initialFilters, Date.now())).toBe(s.items);
    const onlyFlood = categoryToggled(initialFilters, { code: 'flooding', allCodes: [] });
    expect(visibleFeed(s, onlyFlood, Date.now()).map((r) => r.id)).toEqual([flood.id]);
  });

  it(`keeps at most ${FEED_LIMIT} reports`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, () => aReport());
    const s = feedLoaded(initialFeed, { items: many });
    expect(s.items).toHaveLength(FEED_LIMIT);
    expect(s.items[0]?.id).toBe(many.at(-1)?.id);
  });
});
