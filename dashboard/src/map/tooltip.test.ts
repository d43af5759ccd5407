import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { initialReference, referenceLoaded } from '../state/reference.js';
import { aReport } from '../testing/reports.js';
import { LAYER_IDS } from './layers.js';
import { tooltipText } from './tooltip.js';

const trash = {
  code: 'trash',
  nameVi: 'Rác thải',
  nameEn: 'Trash',
  color: '#8c564b',
  icon: 'trash',
  requiresAfterPhoto: true,
};
const reference = referenceLoaded(initialReference, {
  config: { basemapStyleUrl: null, center: [105.85, 21.03], zoom: 11 },
  categories: [trash],
  wards: { type: 'FeatureCollection', features: [] },
});

describe('tooltipText', () => {
  it('gives a hexagon’s count and a report’s category and status in the current language', () => {
    const vi = { t: translator('vi'), lang: 'vi' as const, reference };
    const en = { t: translator('en'), lang: 'en' as const, reference };
    expect(tooltipText(LAYER_IDS.cells, { cell: 'x', count: 3 }, vi)).toBe('3 phản ánh');
    expect(tooltipText(LAYER_IDS.points, aReport(), vi)).toBe('Rác thải — Mới');
    expect(tooltipText(LAYER_IDS.points, aReport({ status: 'in_progress' }), en)).toBe('Trash — In progress');
    expect(tooltipText(LAYER_IDS.wardFill, {}, en)).toBeNull();
    expect(tooltipText(LAYER_IDS.cells, null, en)).toBeNull();
  });
});
