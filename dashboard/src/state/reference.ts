import type { Category } from '@matthan/server/contracts';
import type { MapConfig, WardProperties, Wards } from '../api/types.js';
import { labelAnchor, type LabelAnchor } from '../map/ward-labels.js';

export interface WardLabel extends WardProperties, LabelAnchor {}

/** Data that changes only with a deploy: map config, categories and wards. */
export interface ReferenceState {
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  config: MapConfig | null;
  categories: readonly Category[];
  categoryByCode: ReadonlyMap<string, Category>;
  wards: Wards | null;
  wardByCode: ReadonlyMap<string, WardProperties>;
  wardLabels: readonly WardLabel[];
}

export const initialReference: ReferenceState = {
  status: 'loading',
  error: null,
  config: null,
  categories: [],
  categoryByCode: new Map(),
  wards: null,
  wardByCode: new Map(),
  wardLabels: [],
};

/** Everything arrived; lookups and label positions are computed here once, not on every render. */
export function referenceLoaded(
  _state: ReferenceState,
  payload: { config: MapConfig; categories: readonly Category[]; wards: Wards },
): ReferenceState {
  const { config, categories, wards } = payload;
  return {
    status: 'ready',
    error: null,
    config,
    categories,
    categoryByCode: new Map(categories.map((c) => [c.code, c])),
    wards,
    wardByCode: new Map(wards.features.map((f) => [f.properties.code, f.properties])),
    wardLabels: wards.features.map((f) => ({ ...f.properties, ...labelAnchor(f.geometry) })),
  };
}

export function referenceFailed(state: ReferenceState, payload: { message: string }): ReferenceState {
  return { ...state, status: 'failed', error: payload.message };
}

export interface WardOption {
  code: string;
  name: string;
}

/** Wards for a picker, by name in the reader's language (Vietnamese collation: "Đ" after "D"). */
export function wardOptions(state: ReferenceState, lang: 'vi' | 'en'): WardOption[] {
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  return [...state.wardByCode.values()]
    .map((w) => ({ code: w.code, name: lang === 'vi' ? w.nameVi : w.nameEn }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
