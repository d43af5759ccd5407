import type { CellCount, PublicReport } from '@matthan/server/contracts';
import type { Lang } from '../i18n/messages.js';
import { localName, type Translate } from '../i18n/translate.js';
import type { ReferenceState } from '../state/reference.js';
import { LAYER_IDS } from './layers.js';

/** Text for the object under the pointer, or null for nothing to say. */
export function tooltipText(
  layerId: string | undefined,
  object: unknown,
  ctx: { t: Translate; lang: Lang; reference: ReferenceState },
): string | null {
  if (!object) return null;
  if (layerId === LAYER_IDS.cells) return ctx.t('tooltipCell', { count: (object as CellCount).count });
  if (layerId === LAYER_IDS.points) {
    const report = object as PublicReport;
    const category = ctx.reference.categoryByCode.get(report.category);
    const name = category ? localName(category, ctx.lang) : ctx.t('unknownCategory');
    return `${name} — ${ctx.t(`status_${report.status}`)}`;
  }
  return null;
}
