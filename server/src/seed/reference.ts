import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withTransaction, type Db } from '../db/pool.js';
import { countWards, upsertCategories, upsertWards, type CategoryRow, type WardRow } from './reference.repository.js';

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

/** Loads wards and categories in one transaction; safe to run again. */
export async function loadReferenceData(db: Db, dir = SEEDS_DIR): Promise<{ wards: number; categories: number }> {
  const [wards, categories] = await Promise.all([readWards(dir), readCategories(dir)]);
  await withTransaction(db, async (tx) => {
    await upsertCategories(tx, categories);
    await upsertWards(tx, wards);
  });
  return { wards: wards.length, categories: categories.length };
}

/** Loads the wards and categories only when there are no wards yet; null when they were there. */
export async function ensureReferenceData(db: Db): Promise<{ wards: number; categories: number } | null> {
  return (await countWards(db)) === 0 ? loadReferenceData(db) : null;
}
