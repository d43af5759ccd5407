import type { Assignment, Recommendations } from '@matthan/server/contracts';
import { useEffect, useRef, useState } from 'react';
import { assignTeam, fetchRecommendations } from '../api/workflow.js';
import { shownError } from '../api/errors.js';
import { useI18n } from '../i18n/I18nContext.js';
import { formatKm } from './format.js';

export interface DispatchPanelProps {
  reportId: string;
  /** Changes when the report or a team changed: the ranking is asked for again. */
  version: number;
  onAssigned(a: Assignment): void;
  /** The proposed teams, for the lines on the map. */
  onProposed(items: Recommendations['items']): void;
}

/** The teams the server ranks for this report, best first, each assignable in one click. */
export function DispatchPanel({ reportId, version, onAssigned, onProposed }: DispatchPanelProps) {
  const { t, lang } = useI18n();
  const [recs, setRecs] = useState<Recommendations | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // The parent's callback may be new on every render; the fetch must not follow it.
  const proposed = useRef(onProposed);
  proposed.current = onProposed;
  useEffect(() => {
    const ctrl = new AbortController();
    setError(null);
    fetchRecommendations(reportId, { signal: ctrl.signal, lang })
      .then((r) => {
        if (ctrl.signal.aborted) return;
        setRecs(r);
        proposed.current(r.items);
      })
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setError(shownError(err, t).message);
      });
    return () => ctrl.abort();
  }, [reportId, version, lang, t]);
  useEffect(() => () => proposed.current([]), []);

  const assign = async (teamId: string) => {
    setBusy(teamId);
    setError(null);
    try {
      onAssigned(await assignTeam(reportId, teamId, lang));
    } catch (err) {
      setError(t('actionFailed', { message: shownError(err, t).message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="dispatch" aria-labelledby="dispatch-title" data-testid="dispatch">
      <h3 id="dispatch-title">{t('dispatchTitle')}</h3>
      {error && (
        <p className="form-error" role="alert" data-testid="dispatch-error">
          {error}
        </p>
      )}
      {!recs && !error && <p role="status">{t('dispatchLoading')}</p>}
      {recs?.items.length === 0 && <p className="muted">{t('dispatchNone')}</p>}
      <ol className="dispatch__list">
        {recs?.items.map((r) => (
          <li key={r.team.id} className="dispatch__item" data-testid="recommendation" data-team-id={r.team.id}>
            <div className="dispatch__head">
              <strong>{r.team.name}</strong>
              <span className={`badge team-badge team-badge--${r.status}`}>{t(`team_${r.status}`)}</span>
            </div>
            <p className="dispatch__meta">
              {t('dispatchDistance', {
                km: formatKm(r.distanceMeters, lang),
                minutes: Math.max(1, Math.round(r.travelSeconds / 60)),
              })}{' '}
              · {t('dispatchWorkload', { count: r.workload })}
            </p>
            <ul className="dispatch__reasons">
              {r.reasons.map((reason) => (
                <li key={reason.code}>{reason[lang]}</li>
              ))}
            </ul>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy !== null}
              aria-label={t('dispatchAssign', { team: r.team.name })}
              data-testid="assign"
              onClick={() => void assign(r.team.id)}
            >
              {t('dispatchAssignShort')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
