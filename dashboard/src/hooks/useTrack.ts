import type { ReportDetail, TrackedReport } from '@matthan/server/contracts';
import { useEffect, useState } from 'react';
import { fetchReport, fetchTracked } from '../api/client.js';
import { shownError, type ShownError } from '../api/errors.js';
import { useI18n } from '../i18n/I18nContext.js';

export type Tracking =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed'; error: ShownError }
  | { status: 'ready'; tracked: TrackedReport; detail: ReportDetail };

/** The report behind a tracking code: its timeline from /api/track, its photos from /api/reports/:id. */
export function useTrack(code: string | null): Tracking {
  const { lang, t } = useI18n();
  const [state, setState] = useState<Tracking>({ status: 'idle' });
  useEffect(() => {
    if (!code) return setState({ status: 'idle' });
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    const opts = { signal: ctrl.signal, lang };
    fetchTracked(code, opts)
      .then(async (tracked) => ({ tracked, detail: await fetchReport(tracked.report.id, opts) }))
      .then(({ tracked, detail }) => setState({ status: 'ready', tracked, detail }))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'failed', error: shownError(err, t) });
      });
    return () => ctrl.abort();
  }, [code, lang, t]);
  return state;
}
