import type { TeamWithTrail } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { TEAM_LAYER_IDS, TEAM_STATUS_COLORS, teamLayers } from './team-layers.js';

const team = (id: string, over: Partial<TeamWithTrail> = {}): TeamWithTrail => ({
  id,
  name: id,
  unitCode: '00070',
  skills: [],
  shiftStart: '07:00',
  shiftEnd: '17:00',
  status: 'available',
  position: [105.85, 21.03],
  positionAt: null,
  currentReportId: null,
  updatedAt: '2026-03-02T01:00:00.000Z',
  trail: [],
  ...over,
});

describe('teamLayers', () => {
  it('draws placed teams, trails where there are any, and dispatch lines', () => {
    const teams = [
      team('a', { trail: [{ position: [105.84, 21.02], at: '2026-03-02T00:55:00Z' }] }),
      team('b', { position: null }),
      team('c', { status: 'en_route' }),
    ];
    const [trails, lines, dots] = teamLayers(teams, 1, { from: [105.8, 21], to: [[105.85, 21.03]] });
    expect([trails!.id, lines!.id, dots!.id]).toEqual([
      TEAM_LAYER_IDS.trails,
      TEAM_LAYER_IDS.dispatch,
      TEAM_LAYER_IDS.teams,
    ]);
    expect((dots!.props.data as TeamWithTrail[]).map((t) => t.id)).toEqual(['a', 'c']);
    const paths = trails!.props.data as { path: unknown[] }[];
    expect(paths).toHaveLength(1);
    expect(paths[0]!.path).toEqual([
      [105.85, 21.03],
      [105.84, 21.02],
    ]);
    expect(lines!.props.data).toHaveLength(1);
  });

  it('draws no dispatch line without a report', () => {
    expect(teamLayers([team('a')], 1, null)[1]!.props.data).toEqual([]);
  });

  it('gives every status its own colour', () => {
    expect(new Set(Object.values(TEAM_STATUS_COLORS)).size).toBe(4);
  });
});
