import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vietnameseCharacterSet } from './charset.js';

describe('vietnameseCharacterSet', () => {
  const set = new Set(vietnameseCharacterSet());

  it('has all 134 Vietnamese letters with diacritics and ASCII', () => {
    // 12 vowels × 6 tones × 2 cases = 144, of which a e i o u y (×2) in the level tone are ASCII.
    const nonAscii = [...set].filter((c) => c.charCodeAt(0) > 127 && /\p{L}/u.test(c));
    expect(nonAscii).toHaveLength(144 - 12 + 2);
    for (const c of 'Phường Hoàn Kiếm, Xã Sóc Sơn, ĐÔNG ANH, Ỷ La') expect(set.has(c)).toBe(true);
  });

  it('covers every character of every ward name in Hanoi', () => {
    const url = new URL('../../../seeds/hanoi-wards-2025.geojson', import.meta.url);
    const wards = JSON.parse(readFileSync(url, 'utf8')) as { features: { properties: Record<string, string> }[] };
    const names = wards.features.flatMap((f) => [f.properties.fullName!, f.properties.fullNameEn!]);
    const missing = new Set([...names.join('').normalize('NFC')].filter((c) => !set.has(c)));
    expect([...missing]).toEqual([]);
  });
});
