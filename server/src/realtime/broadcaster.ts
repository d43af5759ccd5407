import type { TeamMovedPayload } from '../contracts/events.js';

/** What services use to say "new events are committed"; they never see the socket layer. */
export interface Broadcaster {
  announce(): void;
  /** A team's new position, sent live and not logged (see TeamMovedPayload). */
  teamMoved(payload: TeamMovedPayload): void;
}
