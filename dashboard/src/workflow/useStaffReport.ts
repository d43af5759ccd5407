import type { StaffReport } from '@matthan/server/contracts';
import { useCallback, useEffect, useState } from 'react';
import { fetchStaffReport } from '../api/workflow.js';
import { shownError, type ShownError } from '../api/errors.js';
import { useI18n } from '../i18n/I18nContext.js';

export type StaffLoad =
  { status: 'loading' } | { status: 'failed'; error: ShownError } | { status: 'ready'; report: StaffReport };

/**
 * A report as staff see it, read again whenever `version` changes (a live event about it, or an
 * action taken here), so two people working the same report see each other's changes.
 */
export function useStaffReport(id: string, version: number): [StaffLoad, (r: StaffReport) => void] {
  const { lang, t } = useI18n();
  const [state, setState] = useState<StaffLoad>({ status: 'loading' });
  useEffect(() => setState({ status: 'loading' }), [id]);
  useEffect(() => {
    const ctrl = new AbortController();
    fetchStaffReport(id, { signal: ctrl.signal, lang })
      .then((report) => {
        if (!ctrl.signal.aborted) setState({ status: 'ready', report });
      })
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'failed', error: shownError(err, t) });
      });
    return () => ctrl.abort();
  }, [id, version, lang, t]);
  const replace = useCallback((report: StaffReport) => setState({ status: 'ready', report }), []);
  return [state, replace];
}
