/**
 * Advisory lock ids. EVENT_SEQ is taken (pg_advisory_xact_lock) right before a transaction
 * inserts into report_events and held until it commits, so seq order equals commit order and
 * a reader of "seq > n" can never miss a row that commits later with a smaller seq.
 */
export const LOCKS = {
  MIGRATE: 727_001,
  EVENT_SEQ: 727_002,
} as const;
