import { describe, expect, it } from 'vitest';
import { may, nextPath, NOBODY, sessionFrom, visiblePages } from './session.js';

const planner = sessionFrom({
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'planner',
    displayName: 'Planner',
    role: 'planner',
    unitCode: null,
    teamId: null,
  },
  actions: ['report.read_internal', 'team.read', 'stats.read'],
});

describe('session', () => {
  it('lets a user do only what the server listed', () => {
    expect(may(planner, 'stats.read')).toBe(true);
    expect(may(planner, 'report.assign')).toBe(false);
    expect(may(NOBODY, 'stats.read')).toBe(false);
  });

  it('shows the staff pages only to users who may read the figures', () => {
    expect(visiblePages(NOBODY).map((p) => p.name)).toEqual(['live', 'report', 'track', 'public']);
    expect(visiblePages(planner).map((p) => p.name)).toEqual([
      'live',
      'planning',
      'units',
      'report',
      'track',
      'public',
    ]);
  });
});

describe('nextPath', () => {
  it('returns to a page of this site and refuses other origins', () => {
    expect(nextPath('next=%2Funits')).toBe('/units');
    expect(nextPath('next=/planning?category=trash')).toBe('/planning?category=trash');
    expect(nextPath('')).toBe('/');
    expect(nextPath('next=https://evil.example')).toBe('/');
    expect(nextPath('next=//evil.example')).toBe('/');
    expect(nextPath('next=/\\evil.example')).toBe('/');
    expect(nextPath('next=%2F%09%2Fevil.example')).toBe('/');
    expect(nextPath('next=%2F%0A%2Fevil.example')).toBe('/');
  });
});
