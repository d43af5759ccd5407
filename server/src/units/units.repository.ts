import type { Queryable } from '../db/pool.js';
import type { Unit } from '../contracts/unit.js';

/**
 * The wards as one GeoJSON FeatureCollection for the offline basemap, simplified to ~10 m
 * (0.0001°) so the map loads fast; properties carry code and names only.
 */
export async function wardsGeoJson(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ fc: string }>(
    `SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
       'type', 'Feature', 'id', code,
       'properties', json_build_object('code', code, 'nameVi', name_vi, 'nameEn', name_en),
       'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, 0.0001), 6)::json) ORDER BY code), '[]'::json))::text AS fc
     FROM units WHERE kind = 'ward'`,
  );
  return rows[0]?.fc ?? '{"type":"FeatureCollection","features":[]}';
}

/** Ward code → Vietnamese name, for building replies without a query per report. */
export async function wardNames(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ code: string; name_vi: string }>(
    `SELECT code, name_vi FROM units WHERE kind = 'ward'`,
  );
  return new Map(rows.map((r) => [r.code, r.name_vi]));
}

/** The ward whose area covers a point, or null outside the served area; a border point goes to the lower code. */
export async function findWardAt(db: Queryable, [lng, lat]: [number, number]): Promise<string | null> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT unit_code AS code FROM unit_areas
     WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) ORDER BY unit_code LIMIT 1`,
    [lng, lat],
  );
  return rows[0]?.code ?? null;
}

export interface WardGeometry {
  code: string;
  geometry: { type: 'MultiPolygon'; coordinates: [number, number][][][] };
}

/** The wards' full-detail polygons (not simplified), e.g. to list the H3 cells of the served area. */
export async function wardGeometries(db: Queryable): Promise<WardGeometry[]> {
  const { rows } = await db.query<{ code: string; g: string }>(
    `SELECT code, ST_AsGeoJSON(geom) AS g FROM units WHERE kind = 'ward' AND geom IS NOT NULL ORDER BY code`,
  );
  return rows.map((r) => ({ code: r.code, geometry: JSON.parse(r.g) as WardGeometry['geometry'] }));
}

/** Every unit: wards and departments. */
export async function listUnits(db: Queryable): Promise<Unit[]> {
  const { rows } = await db.query<{ code: string; kind: Unit['kind']; name_vi: string; name_en: string }>(
    'SELECT code, kind, name_vi, name_en FROM units ORDER BY kind DESC, code',
  );
  return rows.map((r) => ({ code: r.code, kind: r.kind, nameVi: r.name_vi, nameEn: r.name_en }));
}
