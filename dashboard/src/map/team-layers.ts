import type { Layer } from '@deck.gl/core';
import { LineLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { LngLat, TeamStatus, TeamWithTrail } from '@matthan/server/contracts';
import { hexToRgba, type Rgba } from './color-scale.js';

export const TEAM_LAYER_IDS = {
  trails: 'team-trails',
  teams: 'team-positions',
  dispatch: 'dispatch-lines',
} as const;

/**
 * Okabe–Ito colours per status, apart for every kind of colour vision; the ring's width tells
 * them apart without colour too (a busy team has a thick ring).
 */
export const TEAM_STATUS_COLORS: Record<TeamStatus, string> = {
  available: '#009e73',
  en_route: '#e69f00',
  on_site: '#cc79a7',
  off_duty: '#7f7f7f',
};
const RING_PX: Record<TeamStatus, number> = { available: 1.5, en_route: 4, on_site: 4, off_duty: 1 };

/** What the dispatcher compares: a report and the teams proposed for it. */
export interface DispatchLines {
  from: LngLat;
  to: readonly LngLat[];
}

interface Trail {
  id: string;
  path: LngLat[];
  color: Rgba;
}

/** Trails under the teams, the teams, and lines from a report to its proposed teams. */
export function teamLayers(teams: readonly TeamWithTrail[], version: number, dispatch?: DispatchLines | null): Layer[] {
  const placed = teams.filter((t) => t.position !== null);
  const trails: Trail[] = placed
    .filter((t) => t.trail.length > 0)
    .map((t) => ({
      id: t.id,
      path: [t.position!, ...t.trail.map((p) => p.position)],
      color: hexToRgba(TEAM_STATUS_COLORS[t.status], 150),
    }));
  const lines = dispatch ? dispatch.to.map((to) => ({ from: dispatch.from, to })) : [];
  return [
    new PathLayer<Trail>({
      id: TEAM_LAYER_IDS.trails,
      data: trails,
      getPath: (d) => d.path,
      getColor: (d) => d.color,
      getWidth: 3,
      widthUnits: 'pixels',
      updateTriggers: { getPath: version, getColor: version },
    }),
    new LineLayer<{ from: LngLat; to: LngLat }>({
      id: TEAM_LAYER_IDS.dispatch,
      data: lines,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getColor: [11, 110, 153, 230],
      getWidth: 3,
      widthUnits: 'pixels',
      updateTriggers: { getSourcePosition: lines, getTargetPosition: lines },
    }),
    new ScatterplotLayer<TeamWithTrail>({
      id: TEAM_LAYER_IDS.teams,
      data: placed,
      pickable: true,
      getPosition: (d) => d.position!,
      getRadius: 8,
      radiusUnits: 'pixels',
      stroked: true,
      getFillColor: (d) => hexToRgba(TEAM_STATUS_COLORS[d.status], 255),
      getLineColor: [31, 42, 51, 255],
      getLineWidth: (d) => RING_PX[d.status],
      lineWidthUnits: 'pixels',
      updateTriggers: { getPosition: version, getFillColor: version, getLineWidth: version },
    }),
  ];
}
