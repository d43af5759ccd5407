import { z } from 'zod';

/** A body that handles reports. Since July 2025 each of Hanoi's 126 wards/communes is one. */
export const Unit = z
  .object({
    code: z.string().describe('Unit code; for wards the 5-digit GSO code, e.g. "00004"'),
    kind: z
      .enum(['ward', 'department', 'external'])
      .describe('A ward/commune, a city department, or an imported jurisdiction outside Hà Nội'),
    nameVi: z.string().describe('Vietnamese name, e.g. "Phường Ba Đình"'),
    nameEn: z.string().describe('English name'),
  })
  .describe('Unit (ward or department)');
export type Unit = z.infer<typeof Unit>;

/** GET /api/units. Example: `{ items: [{ code: '00004', kind: 'ward', nameVi: 'Phường Ba Đình', … }] }`. */
export const UnitList = z.object({ items: z.array(Unit) }).describe('Every unit');
export type UnitList = z.infer<typeof UnitList>;
