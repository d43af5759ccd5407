import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../seed/reference.js';
import { seedIfEmpty } from '../seed/seed.service.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { loadDemoTeams, readDemoTeams } from './demo-teams.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM teams')).rows[0].n as number;

describe('demo teams', () => {
  it('come with the demo reports, not with the reference data', async () => {
    expect(await count()).toBe(0); // the test template holds the reference data only
    const seeded = await seedIfEmpty(t.db, { count: 20, now: new Date('2025-07-01T03:00:00Z') });
    expect(seeded?.inserted).toBeGreaterThan(0);
    expect(await count()).toBe((await readDemoTeams(SEEDS_DIR)).length);
    expect(await loadDemoTeams(t.db, SEEDS_DIR, new Date())).toBe(0); // again: nothing doubles
  });

  it('stand inside their own ward, with skills that are categories', async () => {
    const { rows } = await t.db.query<{ name: string; inside: boolean | null; unknown_skills: string[] }>(
      `SELECT t.name, CASE WHEN u.kind = 'ward' THEN ST_Covers(u.geom, t.position) END AS inside,
              ARRAY(SELECT s FROM unnest(t.skills) s WHERE s NOT IN (SELECT code FROM categories)) AS unknown_skills
       FROM teams t JOIN units u ON u.code = t.unit_code`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => r.inside === false).map((r) => r.name)).toEqual([]);
    expect(rows.filter((r) => r.unknown_skills.length > 0).map((r) => r.name)).toEqual([]);
    expect(rows.filter((r) => r.inside === null).length).toBeGreaterThan(0); // department teams too
    for (const r of rows) expect(r.name).toMatch(/^(Đội|Tổ) .+ – .+/);
  });
});
