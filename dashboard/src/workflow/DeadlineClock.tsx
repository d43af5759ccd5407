import type { StaffReport } from '@matthan/server/contracts';
import { useI18n } from '../i18n/I18nContext.js';
import { formatTime } from '../i18n/translate.js';
import { deadlineState } from './deadline.js';
import { formatDuration } from './format.js';

/** The due time as a clock: green while there is time, amber after 80 %, red when late. */
export function DeadlineClock({ report, now }: { report: StaffReport; now: number }) {
  const { t, lang } = useI18n();
  const state = deadlineState(report, now);
  const time = report.dueAt ? formatTime(report.dueAt, lang) : '';
  const text =
    state.kind === 'none'
      ? t('deadlineNone')
      : state.kind === 'done'
        ? t(state.onTime ? 'deadlineDoneOnTime' : 'deadlineDoneLate')
        : state.kind === 'overdue'
          ? t('deadlineOverdue', { late: formatDuration(state.minutes, t), time })
          : t(state.kind === 'soon' ? 'deadlineSoon' : 'deadlineOk', { left: formatDuration(state.minutes, t), time });
  return (
    <p className={`deadline deadline--${state.kind}`} data-testid="deadline" data-kind={state.kind}>
      <strong>{t('deadlineTitle')}:</strong> {text}
    </p>
  );
}
