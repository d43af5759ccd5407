import type { Category } from '@matthan/server/contracts';
import type { MapConfig, Wards } from '../api/types.js';

/** One small ward (a triangle around Hoàn Kiếm Lake), enough for layers and labels. */
export const hoanKiemWards: Wards = {
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

export const trash: Category = {
  code: 'trash',
  nameVi: 'Rác thải',
  nameEn: 'Trash',
  color: '#8c564b',
  icon: 'trash',
  requiresAfterPhoto: true,
};

export const offlineConfig: MapConfig = { basemapStyleUrl: null, center: [105.8542, 21.0285], zoom: 11 };
