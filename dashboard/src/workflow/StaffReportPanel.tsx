import type { LngLat, Media, Recommendations, StaffReport, TeamWithTrail, Unit } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime, localName } from '../i18n/translate.js';
import type { ReferenceState } from '../state/reference.js';
import { ActionBar } from './ActionBar.js';
import { DeadlineClock } from './DeadlineClock.js';
import { DispatchPanel } from './DispatchPanel.js';
import { StaffHistory } from './StaffHistory.js';
import type { StaffLoad } from './useStaffReport.js';

export interface StaffReportPanelProps {
  load: StaffLoad;
  version: number;
  reference: ReferenceState;
  units: readonly Unit[];
  teams: ReadonlyMap<string, TeamWithTrail>;
  now: number;
  /** After an action or an assignment: read the report again. */
  onChanged(): void;
  onOpen(reportId: string): void;
  onProposed(from: LngLat, items: Recommendations['items']): void;
}

/** The drawer for staff: everything about the report and what this user may do with it now. */
export function StaffReportPanel(props: StaffReportPanelProps) {
  const { t } = useI18n();
  const { load } = props;
  if (load.status === 'loading') return <p role="status">{t('trackLoading')}</p>;
  if (load.status === 'failed')
    return (
      <p className="form-error" role="alert" data-testid="staff-error" data-code={load.error.code}>
        {load.error.message}
      </p>
    );
  return <Panel {...props} report={load.report} />;
}

function Panel({
  report,
  version,
  reference,
  units,
  teams,
  now,
  onChanged,
  onOpen,
  onProposed,
}: StaffReportPanelProps & { report: StaffReport }) {
  const { t, lang } = useI18n();
  const category = reference.categoryByCode.get(report.category);
  const ward = reference.wardByCode.get(report.wardCode);
  const team = report.teamId ? teams.get(report.teamId) : undefined;
  const unit = units.find((u) => u.code === report.unitCode);
  return (
    <div className="tracked staff" data-testid="report-details" data-report-id={report.id} data-status={report.status}>
      <p className="tracked__head">
        <span className="dot" style={{ background: category?.color ?? '#888' }} />
        <strong>{category ? localName(category, lang) : t('unknownCategory')}</strong>
        <span className={`badge badge--${report.status}`} data-testid="report-status">
          {t(`status_${report.status}`)}
        </span>
        <span className={`badge priority--${report.priority}`}>
          {t('priorityLabel', { priority: t(`priority_${report.priority}`) })}
        </span>
      </p>
      <p className="tracked__meta">
        {ward ? localName(ward, lang) : report.wardName || t('unknownWard')} ·{' '}
        {t('trackSent', { time: formatTime(report.createdAt, lang) })}
      </p>
      <p className="tracked__meta">
        {t('unitLabel', { unit: unit ? localName(unit, lang) : report.unitName })} ·{' '}
        {t('heldSince', { time: formatTime(report.heldSince, lang) })}
      </p>
      <DeadlineClock report={report} now={now} />
      {report.nearBorder && <p className="notice">{report.wardConfirmedAt ? t('wardConfirmed') : t('nearBorder')}</p>}
      {report.meTooCount > 0 && <p className="notice">{t('meTooCount', { count: report.meTooCount })}</p>}
      <p className="tracked__description">{report.description}</p>
      <Photos media={report.media} />
      {report.linkedTo && (
        <p className="notice">
          {t('linkedOriginal')}{' '}
          <button type="button" className="link-button" onClick={() => onOpen(report.linkedTo!)}>
            {t('openOriginal')}
          </button>
        </p>
      )}
      {report.linked.length > 0 && (
        <section aria-labelledby="linked-title">
          <h3 id="linked-title">{t('linkedTitle')}</h3>
          <ul className="linked" data-testid="linked">
            {report.linked.map((l) => (
              <li key={l.id}>
                <button type="button" className="link-button" onClick={() => onOpen(l.id)}>
                  {formatTime(l.createdAt, lang)} · {t(`status_${l.status}`)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.contact !== null && <Contact contact={report.contact} />}
      {team && <p className="tracked__meta">{t('dispatchCurrentTeam', { team: team.name })}</p>}
      <ActionBar
        report={report}
        units={units}
        photoRequired={category?.requiresAfterPhoto ?? false}
        onDone={onChanged}
      />
      {report.allowedActions.includes('assign') && (
        <DispatchPanel
          reportId={report.id}
          version={version}
          onAssigned={onChanged}
          onProposed={(items) => onProposed(report.location, items)}
        />
      )}
      {report.ratings.length > 0 && (
        <section aria-labelledby="ratings-title">
          <h3 id="ratings-title">{t('ratingsTitle')}</h3>
          <ul className="ratings">
            {report.ratings.map((r) => (
              <li key={r.createdAt}>
                <strong>{t(`rating_${r.rating}`)}</strong>
                {r.notFixed && ` (${t('ratingNotFixed')})`} · {formatTime(r.createdAt, lang)}
                {r.comment && <q>{r.comment}</q>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <StaffHistory timeline={report.timeline} units={units} />
    </div>
  );
}

function Photos({ media }: { media: readonly Media[] }) {
  const { t } = useI18n();
  if (media.length === 0) return null;
  const label = { before: 'photoBefore', after: 'photoAfter', rating: 'photoRating' } as const;
  return (
    <ul className="photos__list" data-testid="staff-photos">
      {media.map((m) => (
        <li key={m.id} className="photos__item" data-kind={m.kind}>
          <figure>
            <img src={m.url} width={m.width} height={m.height} alt={t(label[m.kind])} />
            <figcaption>{t(label[m.kind])}</figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}

function Contact({ contact }: { contact: NonNullable<StaffReport['contact']> }) {
  const { t } = useI18n();
  const values = Object.values(contact).filter((v): v is string => typeof v === 'string' && v.length > 0);
  return (
    <section aria-labelledby="contact-title" data-testid="contact">
      <h3 id="contact-title">{t('contactTitle')}</h3>
      <p>{values.length > 0 ? values.join(' · ') : t('contactNone')}</p>
    </section>
  );
}
