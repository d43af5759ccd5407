import type { ReportDetail } from '@matthan/server/contracts';
import { useEffect, useState } from 'react';
import { fetchReport } from '../api/client.js';
import { shownError, type ShownError } from '../api/errors.js';
import { useI18n } from '../i18n/I18nContext.js';

export type DetailLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed'; error: ShownError }
  | { status: 'ready'; detail: ReportDetail };

/** One report with its photos, for the drawer; public fields only. */
export function useReportDetail(id: string | null): DetailLoad {
  const { lang, t } = useI18n();
  const [state, setState] = useState<DetailLoad>({ status: 'idle' });
  useEffect(() => {
    if (!id) return setState({ status: 'idle' });
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    fetchReport(id, { signal: ctrl.signal, lang })
      .then((detail) => setState({ status: 'ready', detail }))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'failed', error: shownError(err, t) });
      });
    return () => ctrl.abort();
  }, [id, lang, t]);
  return state;
}
