import { describe, expect, it } from 'vitest';
import { hoanKiemWards as wards, offlineConfig, trash } from '../testing/reference.js';
import { initialReference, referenceFailed, referenceLoaded } from './reference.js';

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
});
