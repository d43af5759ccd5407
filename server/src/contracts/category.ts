import { z } from 'zod';

/** A kind of problem a citizen can report. Example: `{ code: 'trash', nameVi: 'Rác thải', … }`. */
export const Category = z
  .object({
    code: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,39}$/)
      .describe('Stable code, e.g. "trash"'),
    nameVi: z.string().describe('Vietnamese name'),
    nameEn: z.string().describe('English name'),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .describe('Display colour, #rrggbb'),
    icon: z.string().describe('Icon name used by the dashboard'),
    requiresAfterPhoto: z.boolean().describe('Resolving a report of this category needs a photo of the fix'),
  })
  .describe('Report category');
export type Category = z.infer<typeof Category>;

/** GET /api/categories: every active category, in display order. */
export const CategoryList = z.array(Category).describe('Report categories, in display order');
export type CategoryList = z.infer<typeof CategoryList>;
