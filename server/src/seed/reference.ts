import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withTransaction, type Db } from '../db/pool.js';
import { readHolidays, readSlaPolicies } from '../deadlines/deadline-seeds.js';
import { insertMissingDeadlineSeeds } from '../deadlines/deadlines.repository.js';
import {
  countDepartments,
  countWards,
  insertRoutingRules,
  upsertCategories,
  upsertDepartments,
  upsertWards,
  type CategoryRow,
  type DepartmentRow,
  type RoutingRuleRow,
  type WardRow,
} from './reference.repository.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

interface WardFeature {
  properties: { code: string; fullName: string; fullNameEn: string };
  geometry: unknown;
}

/** Reads the 126 Hanoi wards from seeds/. */
export async function readWards(dir = SEEDS_DIR): Promise<WardRow[]> {
  const fc = JSON.parse(await readFile(dir + 'hanoi-wards-2025.geojson', 'utf8')) as { features: WardFeature[] };
  return fc.features.map((f) => ({
    code: f.properties.code,
    nameVi: f.properties.fullName,
    nameEn: f.properties.fullNameEn,
    geometryJson: JSON.stringify(f.geometry),
  }));
}

/** Reads the categories from seeds/. */
export async function readCategories(dir = SEEDS_DIR): Promise<CategoryRow[]> {
  return JSON.parse(await readFile(dir + 'categories.json', 'utf8')) as CategoryRow[];
}

async function readJson<T>(dir: string, name: string): Promise<T> {
  return JSON.parse(await readFile(dir + name, 'utf8')) as T;
}

/** Loads wards and categories in one transaction; safe to run again. */
export async function loadReferenceData(db: Db, dir = SEEDS_DIR): Promise<{ wards: number; categories: number }> {
  const [wards, categories] = await Promise.all([readWards(dir), readCategories(dir)]);
  const departments = await readJson<DepartmentRow[]>(dir, 'departments.json');
  const rules = await readJson<RoutingRuleRow[]>(dir, 'routing-rules.json');
  const [holidays, policies] = await Promise.all([readHolidays(dir), readSlaPolicies(dir)]);
  await withTransaction(db, async (tx) => {
    await upsertCategories(tx, categories);
    await upsertWards(tx, wards);
    await upsertDepartments(tx, departments);
    await insertRoutingRules(tx, rules);
    await insertMissingDeadlineSeeds(tx, holidays, policies);
  });
  return { wards: wards.length, categories: categories.length };
}

/**
 * Loads the reference data when the wards, or the departments that came later, are missing;
 * null when everything was there.
 */
export async function ensureReferenceData(db: Db): Promise<{ wards: number; categories: number } | null> {
  const missing = (await countWards(db)) === 0 || (await countDepartments(db)) === 0;
  return missing ? loadReferenceData(db) : null;
}
