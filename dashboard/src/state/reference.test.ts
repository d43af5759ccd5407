import { describe, expect, it } from 'vitest';
import { hoanKiemWards as wards, offlineConfig, trash } from '../testing/reference.js';
import { initialReference, referenceFailed, referenceLoaded, wardOptions } from './reference.js';

const config = offlineConfig;

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

  it('lists wards for a picker in Vietnamese alphabetical order (Đ after D)', () => {
    const feature = (code: string, nameVi: string, nameEn: string) => ({
      ...wards.features[0]!,
      id: code,
      properties: { code, nameVi, nameEn },
    });
    const three = {
      ...wards,
      features: [
        feature('1', 'Phường Đống Đa', 'Dong Da Ward'),
        feature('2', 'Phường Dịch Vọng', 'Dich Vong Ward'),
        feature('3', 'Phường Ba Đình', 'Ba Dinh Ward'),
      ],
    };
    const s = referenceLoaded(initialReference, { config, categories: [trash], wards: three });
    expect(wardOptions(s, 'vi').map((w) => w.code)).toEqual(['3', '2', '1']);
    expect(wardOptions(s, 'en').map((w) => w.name)).toEqual(['Ba Dinh Ward', 'Dich Vong Ward', 'Dong Da Ward']);
  });
});
