import type { Queryable } from '../db/pool.js';
import type { Category } from '../contracts/category.js';

export async function listCategories(db: Queryable): Promise<Category[]> {
  const { rows } = await db.query<{
    code: string;
    name_vi: string;
    name_en: string;
    color: string;
    icon: string;
    requires_after_photo: boolean;
  }>(
    `SELECT code, name_vi, name_en, color, icon, requires_after_photo
       FROM categories WHERE active ORDER BY sort_order, code`,
  );
  return rows.map((r) => ({
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    color: r.color,
    icon: r.icon,
    requiresAfterPhoto: r.requires_after_photo,
  }));
}
