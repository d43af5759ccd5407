import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryIcon, KNOWN_ICONS } from './category-icons.js';

const seeded = JSON.parse(readFileSync(new URL('../../../seeds/categories.json', import.meta.url), 'utf8')) as {
  icon: string;
}[];

describe('category icons', () => {
  it('has a pictogram for every seeded category', () => {
    for (const c of seeded) expect(KNOWN_ICONS, c.icon).toContain(c.icon);
  });

  it('is an inline SVG, so the map needs no network, and the same object each time', () => {
    const icon = categoryIcon('trash')!;
    expect(icon.url.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(icon.url)).toContain('<svg');
    expect(categoryIcon('trash')).toBe(icon);
  });

  it('has none for an unknown icon name (the disc alone is drawn)', () => {
    expect(categoryIcon('unicorn')).toBeNull();
    expect(categoryIcon(undefined)).toBeNull();
  });
});
