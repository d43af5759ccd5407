import type { ReportDetail, TrackedReport } from '@matthan/server/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchReport, fetchTracked } from '../api/client.js';
import { shownError, type ShownError } from '../api/errors.js';
import { useI18n } from '../i18n/I18nContext.js';

export type Tracking =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed'; error: ShownError }
  | { status: 'ready'; tracked: TrackedReport; detail: ReportDetail };

/**
 * The report behind a tracking code: its timeline from /api/track, its photos from /api/reports/:id.
 * `reload()` asks again (after a rating) and keeps the report on screen meanwhile.
 */
export function useTrack(code: string | null): [Tracking, () => void] {
  const { lang, t } = useI18n();
  const [state, setState] = useState<Tracking>({ status: 'idle' });
  const [version, setVersion] = useState(0);
  const shown = useRef<string | null>(null); // the code whose report is on screen
  useEffect(() => {
    if (!code) return setState({ status: 'idle' });
    const ctrl = new AbortController();
    const again = shown.current === code;
    shown.current = code;
    setState((prev) => (again && prev.status === 'ready' ? prev : { status: 'loading' }));
    const opts = { signal: ctrl.signal, lang };
    fetchTracked(code, opts)
      .then(async (tracked) => ({ tracked, detail: await fetchReport(tracked.report.id, opts) }))
      .then(({ tracked, detail }) => setState({ status: 'ready', tracked, detail }))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'failed', error: shownError(err, t) });
      });
    return () => ctrl.abort();
  }, [code, lang, t, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [state, reload];
}
