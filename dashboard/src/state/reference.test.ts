import { describe, expect, it } from 'vitest';
import type { Wards } from '../api/types.js';
import { initialReference, referenceFailed, referenceLoaded } from './reference.js';

const wards: Wards = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: '00070',
      properties: { code: '00070', nameVi: 'Phường Hoàn Kiếm', nameEn: 'Hoan Kiem Ward' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.84, 21.02],
            [105.86, 21.02],
            [105.86, 21.04],
            [105.84, 21.02],
          ],
        ],
      },
    },
  ],
};
const trash = { code: 'trash', nameVi: 'Rác thải', nameEn: 'Trash', color: '#8c564b', icon: 'trash' };
const config = { basemapStyleUrl: null, center: [105.8542, 21.0285] as [number, number], zoom: 11 };

describe('reference', () => {
  it('indexes categories and wards and places ward labels once loaded', () => {
    const s = referenceLoaded(initialReference, { config, categories: [trash], wards });
    expect(s.status).toBe('ready');
    expect(s.categoryByCode.get('trash')?.nameVi).toBe('Rác thải');
    expect(s.wardByCode.get('00070')?.nameEn).toBe('Hoan Kiem Ward');
    expect(s.wardLabels[0]?.position[0]).toBeCloseTo(105.8533, 3);
  });

  it('records why loading failed', () => {
    expect(referenceFailed(initialReference, { message: 'HTTP 502' })).toMatchObject({
      status: 'failed',
      error: 'HTTP 502',
    });
  });
});
