import { describe, expect, it } from 'vitest';
import { anEvent, aReport } from '../testing/reports.js';
import { cellsRequestFor } from './cells.js';
import { initialState, reducer, type Action, type AppState } from './store.js';

const now = Date.parse('2025-07-02T00:00:00Z');

function run(...actions: Action[]): AppState {
  return actions.reduce(reducer, initialState);
}

describe('store', () => {
  it('sends a created report to the feed and to its hexagon', () => {
    const moved = run({ type: 'view/changed', zoom: 11.5, bounds: [105.8, 21.0, 105.9, 21.06] });
    const request = cellsRequestFor(moved.view, moved.filters)!;
    const report = aReport();
    const s = run(
      { type: 'view/changed', zoom: 11.5, bounds: [105.8, 21.0, 105.9, 21.06] },
      { type: 'cells/requested', request },
      { type: 'cells/loaded', key: request.key, response: { res: request.res, cells: [], total: 0 } },
      { type: 'feed/loaded', items: [] },
      { type: 'stream/event', kind: 'report:created', payload: anEvent(1, report), now },
    );
    expect(s.feed.items.map((r) => r.id)).toEqual([report.id]);
    expect(s.cells.total).toBe(1);
  });

  it('applies an update to the feed without counting it again', () => {
    const report = aReport();
    const s = run(
      { type: 'feed/loaded', items: [report] },
      { type: 'stream/event', kind: 'report:updated', payload: anEvent(2, { ...report, status: 'resolved' }), now },
    );
    expect(s.feed.items[0]?.status).toBe('resolved');
    expect(s.cells.total).toBe(0);
  });

  it('switches language and toggles filters', () => {
    const s = run({ type: 'view/langSet', lang: 'en' }, { type: 'filters/categoryToggled', code: 'trash' });
    expect(s.view.lang).toBe('en');
    expect(s.filters.categories).toEqual(['trash']);
  });

  it('counts live events and rings a created report', () => {
    const report = aReport();
    const s = run({ type: 'stream/event', kind: 'report:created', payload: anEvent(1, report), now });
    expect(s.stream.events).toBe(1);
    expect(s.pulses.items.map((p) => p.id)).toEqual([report.id]);
    const updated = reducer(s, { type: 'stream/event', kind: 'report:updated', payload: anEvent(2, report), now });
    expect(updated.stream.events).toBe(2);
    expect(updated.pulses).toBe(s.pulses);
  });
});
