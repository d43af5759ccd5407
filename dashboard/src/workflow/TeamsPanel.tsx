import type { TeamWithTrail } from '@matthan/server/contracts';
import './workflow.css';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime } from '../i18n/translate.js';
import { TEAM_STATUS_COLORS } from '../map/team-layers.js';

/** The field teams this user may see, with their live status: the dispatcher's roll call. */
export function TeamsPanel({ teams }: { teams: readonly TeamWithTrail[] }) {
  const { t, lang } = useI18n();
  return (
    <section className="teams" aria-labelledby="teams-title" data-testid="teams">
      <h2 id="teams-title" className="side__title">
        {t('teamsTitle')}
      </h2>
      {teams.length === 0 && <p className="muted">{t('teamsEmpty')}</p>}
      <ul className="teams__list">
        {teams.map((team) => (
          <li key={team.id} className="teams__item" data-testid="team" data-team-id={team.id} data-status={team.status}>
            <span className="dot" style={{ background: TEAM_STATUS_COLORS[team.status] }} aria-hidden="true" />
            <span className="teams__name">{team.name}</span>
            <span className={`badge team-badge team-badge--${team.status}`}>{t(`team_${team.status}`)}</span>
            {team.positionAt && (
              <span className="teams__meta">{t('teamPositionAt', { time: formatTime(team.positionAt, lang) })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
