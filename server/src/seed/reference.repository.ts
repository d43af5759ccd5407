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
  duplicateRadiusM: number;
  duplicateWindowHours: number;
  requiresAfterPhoto: boolean;
}

export interface DepartmentRow {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface RoutingRuleRow {
  id: string;
  rank: number;
  category: string | null;
  unitCode: string | null;
  noteVi: string;
  noteEn: string;
}

/** Upserts categories by code; re-running changes names and colours, never codes. */
export async function upsertCategories(tx: Tx, categories: CategoryRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO categories (code, name_vi, name_en, color, icon, sort_order, duplicate_radius_m,
       duplicate_window_hours, requires_after_photo)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[],
       $9::boolean[])
     ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
       color = EXCLUDED.color, icon = EXCLUDED.icon, sort_order = EXCLUDED.sort_order`,
    [
      categories.map((c) => c.code),
      categories.map((c) => c.nameVi),
      categories.map((c) => c.nameEn),
      categories.map((c) => c.color),
      categories.map((c) => c.icon),
      categories.map((c) => c.sortOrder),
      categories.map((c) => c.duplicateRadiusM),
      categories.map((c) => c.duplicateWindowHours),
      categories.map((c) => c.requiresAfterPhoto),
    ],
  );
}

/** Upserts the city departments (units without an area of their own). */
export async function upsertDepartments(tx: Tx, departments: DepartmentRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO units (code, kind, name_vi, name_en)
     SELECT code, 'department', name_vi, name_en FROM unnest($1::text[], $2::text[], $3::text[]) AS t(code, name_vi, name_en)
     ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en`,
    [departments.map((d) => d.code), departments.map((d) => d.nameVi), departments.map((d) => d.nameEn)],
  );
}

/** Adds the seeded routing rules that are missing; rules an admin has edited are left as they are. */
export async function insertRoutingRules(tx: Tx, rules: RoutingRuleRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO routing_rules (id, rank, category, unit_code, note_vi, note_en)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (id) DO NOTHING`,
    [
      rules.map((r) => r.id),
      rules.map((r) => r.rank),
      rules.map((r) => r.category),
      rules.map((r) => r.unitCode),
      rules.map((r) => r.noteVi),
      rules.map((r) => r.noteEn),
    ],
  );
}

/** Upserts ward units and rebuilds their subdivided areas (point-in-polygon) and border pieces (border flag). */
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
  await tx.query(`DELETE FROM unit_borders WHERE unit_code = ANY($1::text[])`, [wards.map((w) => w.code)]);
  await tx.query(
    `INSERT INTO unit_borders (unit_code, geom)
     SELECT code, (ST_Dump(ST_Subdivide(ST_Boundary(geom), 64))).geom FROM units WHERE code = ANY($1::text[])`,
    [wards.map((w) => w.code)],
  );
}

/** Whether the reference data (wards) is there: the served area is empty without it. */
export async function countWards(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM units WHERE kind = 'ward'`);
  return Number(rows[0]?.n ?? 0);
}

/** Departments came with the workflow: a database seeded before it has wards but none of them. */
export async function countDepartments(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM units WHERE kind = 'department'`);
  return Number(rows[0]?.n ?? 0);
}
