import type { Db } from '../db/pool.js';
import type { Category } from '../contracts/category.js';
import { createCache } from '../lib/cache.js';
import { listCategories } from './categories.repository.js';

export interface CategoriesService {
  list(): Promise<Category[]>;
  exists(code: string): Promise<boolean>;
}

// Categories change rarely (an admin edit); a few seconds of staleness saves a query per report.
const TTL_MS = 5_000;

export function createCategoriesService(db: Db, now: () => number = Date.now): CategoriesService {
  const cache = createCache<{ list: Category[]; codes: Set<string> }>({ ttlMs: TTL_MS, now });
  const load = () =>
    cache.get('all', async () => {
      const list = await listCategories(db);
      return { list, codes: new Set(list.map((c) => c.code)) };
    });
  return {
    list: async () => (await load()).list,
    exists: async (code) => (await load()).codes.has(code),
  };
}
