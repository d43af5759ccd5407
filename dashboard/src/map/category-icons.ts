/**
 * One white pictogram per category icon (seeds/categories.json `icon`), drawn on the category's
 * coloured disc when single reports show. Inline SVG as data URLs: nothing is fetched, so the
 * map stays offline. 24×24 grid, strokes only.
 */
const GLYPHS: Record<string, string> = {
  trash: '<path d="M5 7h14M9 7V5h6v2M7 7l1 13h8l1-13M10 11v6M14 11v6"/>',
  traffic:
    '<rect x="8" y="2.5" width="8" height="19" rx="2"/><circle cx="12" cy="7" r="1.6"/><circle cx="12" cy="12" r="1.6"/><circle cx="12" cy="17" r="1.6"/>',
  construction: '<path d="M4 17h16M6 17a6 6 0 0 1 12 0M12 11V7M9 8l-1-2M15 8l1-2M5 20h14"/>',
  sidewalk: '<path d="M3 11a9 6 0 0 1 18 0zM12 11v9M8 20h8"/>',
  light: '<path d="M9 15a5 5 0 1 1 6 0v2H9zM10 20h4M12 2v1"/>',
  flood: '<path d="M3 9q3-3 6 0t6 0t6 0M3 14q3-3 6 0t6 0t6 0M3 19q3-3 6 0t6 0t6 0"/>',
  tree: '<path d="M12 21v-5M12 3l-6 8h3l-4 5h14l-4-5h3z"/>',
  noise: '<path d="M4 10h3l5-4v12l-5-4H4zM15.5 9q2 3 0 6M18 6.5q4.5 5.5 0 11"/>',
  road: '<path d="M7 3 4 21M17 3l3 18M12 4l-1.5 4 2.5 3-2.5 4 1.5 5"/>',
  water: '<path d="M12 3q6 8 6 12a6 6 0 0 1-12 0q0-4 6-12z"/>',
  environment: '<path d="M3 21V12l5 3v-3l5 3V9h4v12zM14 6q1.5-2.5 4-1.5t4-1"/>',
  order: '<path d="M12 3l7 3v5q0 6-7 10q-7-4-7-10V6zM9 12l2 2 4-4"/>',
};

/** The size the icons are drawn at, in CSS pixels (the atlas keeps them at twice that). */
export const ICON_PX = 14;

export interface IconSpec {
  id: string;
  url: string;
  width: number;
  height: number;
  mask: false;
}

const cache = new Map<string, IconSpec | null>();

/** `'trash'` → an IconLayer icon (data URL); null for an icon name we have no pictogram for. */
export function categoryIcon(icon: string | undefined): IconSpec | null {
  const key = icon ?? '';
  if (cache.has(key)) return cache.get(key)!;
  const glyph = GLYPHS[key];
  const spec = glyph
    ? {
        id: `category-${key}`,
        url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg(glyph))}`,
        width: ICON_PX * 2,
        height: ICON_PX * 2,
        mask: false as const,
      }
    : null;
  cache.set(key, spec);
  return spec;
}

export const KNOWN_ICONS: readonly string[] = Object.keys(GLYPHS);

function svg(glyph: string): string {
  const size = ICON_PX * 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" ` +
    `stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${glyph}</svg>`
  );
}
