/**
 * Advisory lock ids. EVENT_SEQ is taken (pg_advisory_xact_lock) right before a transaction
 * inserts into report_events and held until it commits, so seq order equals commit order and
 * a reader of "seq > n" can never miss a row that commits later with a smaller seq.
 * ROLLUP_DAY (with the local day number as second key) guards one day of the leaderboard's
 * rollup: writers of that day's facts hold it shared, a filler exclusively (migration 0030).
 * ROLLUP_BULK stands for every day: a writer touching too many days to lock one by one holds it
 * exclusively, every filler shared (so fillers never exclude each other).
 */
export const LOCKS = {
  MIGRATE: 727_001,
  EVENT_SEQ: 727_002,
  ROLLUP_DAY: 727_003,
  ROLLUP_BULK: 727_004,
} as const;
