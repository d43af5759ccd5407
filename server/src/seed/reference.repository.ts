import type { Queryable, Tx } from '../db/pool.js';

export interface WardRow {
  code: string;
  nameVi: string;
  nameEn: string;
  geometryJson: string;
}

export interface CategoryRow {
  code: string;
  nameVi: string;
  nameEn: string;
  color: string;
  icon: string;
  sortOrder: number;
}

/** Upserts categories by code; re-running changes names and colours, never codes. */
export async function upsertCategories(tx: Tx, categories: CategoryRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO categories (code, name_vi, name_en, color, icon, sort_order)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
     ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
       color = EXCLUDED.color, icon = EXCLUDED.icon, sort_order = EXCLUDED.sort_order`,
    [
      categories.map((c) => c.code),
      categories.map((c) => c.nameVi),
      categories.map((c) => c.nameEn),
      categories.map((c) => c.color),
      categories.map((c) => c.icon),
      categories.map((c) => c.sortOrder),
    ],
  );
}

/** Upserts ward units and rebuilds their subdivided areas used for point-in-polygon. */
export async function upsertWards(tx: Tx, wards: WardRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO units (code, kind, name_vi, name_en, geom)
     SELECT code, 'ward', name_vi, name_en, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326))
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(code, name_vi, name_en, g)
     ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, geom = EXCLUDED.geom`,
    [
      wards.map((w) => w.code),
      wards.map((w) => w.nameVi),
      wards.map((w) => w.nameEn),
      wards.map((w) => w.geometryJson),
    ],
  );
  await tx.query(`DELETE FROM unit_areas WHERE unit_code = ANY($1::text[])`, [wards.map((w) => w.code)]);
  await tx.query(
    `INSERT INTO unit_areas (unit_code, geom)
     SELECT code, ST_Subdivide(geom, 128) FROM units WHERE code = ANY($1::text[])`,
    [wards.map((w) => w.code)],
  );
}

/** Whether the reference data (wards) is there: the served area is empty without it. */
export async function countWards(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM units WHERE kind = 'ward'`);
  return Number(rows[0]?.n ?? 0);
}
