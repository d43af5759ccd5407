/** What services use to say "new events are committed"; they never see the socket layer. */
export interface Broadcaster {
  announce(): void;
}
