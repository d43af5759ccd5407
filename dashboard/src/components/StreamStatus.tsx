import { useI18n } from '../i18n/I18nContext.js';
import type { StreamStatus as Status } from '../state/stream.js';

const STATUS_KEY = { live: 'streamLive', connecting: 'streamConnecting', offline: 'streamOffline' } as const;

/** Whether the live stream is flowing, so staff know the map is current. */
export function StreamStatus({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`stream stream--${status}`} data-testid="stream-status" role="status">
      {t(STATUS_KEY[status])}
    </span>
  );
}
