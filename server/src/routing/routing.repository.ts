import type { Queryable } from '../db/pool.js';
import type { RoutingRule, RoutingRuleInput } from '../contracts/routing.js';

interface RuleRow {
  id: string;
  rank: number;
  category: string | null;
  ward_code: string | null;
  area: string | null;
  unit_code: string | null;
  note_vi: string;
  note_en: string;
  active: boolean;
  updated_at: Date;
}

const RULE_COLUMNS = `id, rank, category, ward_code, ST_AsGeoJSON(area) AS area, unit_code, note_vi, note_en, active, updated_at`;

const toRule = (r: RuleRow): RoutingRule => ({
  id: r.id,
  rank: r.rank,
  category: r.category,
  wardCode: r.ward_code,
  area: r.area ? (JSON.parse(r.area) as RoutingRule['area']) : null,
  unitCode: r.unit_code,
  noteVi: r.note_vi,
  noteEn: r.note_en,
  active: r.active,
  updatedAt: r.updated_at.toISOString(),
});

/** Every rule in the order they are tried. */
export async function listRules(db: Queryable): Promise<RoutingRule[]> {
  const { rows } = await db.query<RuleRow>(`SELECT ${RULE_COLUMNS} FROM routing_rules ORDER BY rank, id`);
  return rows.map(toRule);
}

const PARAMS = (r: RoutingRuleInput) => [
  r.rank,
  r.category,
  r.wardCode,
  r.area ? JSON.stringify(r.area) : null,
  r.unitCode,
  r.noteVi,
  r.noteEn,
  r.active,
];

export async function insertRule(db: Queryable, id: string, r: RoutingRuleInput, at: Date): Promise<RoutingRule> {
  const { rows } = await db.query<RuleRow>(
    `INSERT INTO routing_rules (id, rank, category, ward_code, area, unit_code, note_vi, note_en, active, updated_at)
     VALUES ($1, $2, $3, $4, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326)), $6, $7, $8, $9, $10)
     RETURNING ${RULE_COLUMNS}`,
    [id, ...PARAMS(r), at],
  );
  return toRule(rows[0]!);
}

export async function updateRule(
  db: Queryable,
  id: string,
  r: RoutingRuleInput,
  at: Date,
): Promise<RoutingRule | null> {
  const { rows } = await db.query<RuleRow>(
    `UPDATE routing_rules SET rank = $2, category = $3, ward_code = $4,
       area = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326)), unit_code = $6, note_vi = $7, note_en = $8,
       active = $9, updated_at = $10
     WHERE id = $1 RETURNING ${RULE_COLUMNS}`,
    [id, ...PARAMS(r), at],
  );
  return rows[0] ? toRule(rows[0]) : null;
}

export async function deleteRule(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM routing_rules WHERE id = $1', [id]);
  return rowCount === 1;
}

/** The unit a report of this category at this point would be routed to now (for a rule preview). */
export async function routeFor(db: Queryable, category: string, [lng, lat]: [number, number]): Promise<string | null> {
  const { rows } = await db.query<{ unit: string | null }>(
    `SELECT route_unit($1, w.unit_code, p.g) AS unit
     FROM (SELECT ST_SetSRID(ST_MakePoint($2, $3), 4326) AS g) p
     JOIN LATERAL (SELECT unit_code FROM unit_areas a WHERE ST_Covers(a.geom, p.g) ORDER BY unit_code LIMIT 1) w ON true`,
    [category, lng, lat],
  );
  return rows[0]?.unit ?? null;
}

/** How close to a ward border a report is flagged (settings.border_meters). */
export async function getBorderMeters(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ m: string }>(
    `SELECT value #>> '{}' AS m FROM settings WHERE key = 'border_meters'`,
  );
  return Number(rows[0]?.m ?? 30);
}

export async function setBorderMeters(db: Queryable, meters: number, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO settings (key, value, updated_at) VALUES ('border_meters', to_jsonb($1::float8), $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
    [meters, at],
  );
}
