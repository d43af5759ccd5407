/** What services use to say "new events are committed"; they never see the socket layer. */
export interface Broadcaster {
  announce(): void;
}

/** For scripts and tests that write reports with no stream attached. */
export const silentBroadcaster: Broadcaster = { announce() {} };
