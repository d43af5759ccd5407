import type { ReportPriority } from '../contracts/report.js';

/** A holding's deadline and the moment it passes 80 % of its time (the warning). */
export interface Deadline {
  dueAt: Date;
  warnAt: Date;
}

/** Deadlines from the SLA policies and the working calendar (public holidays, make-up workdays). */
export interface Deadlines {
  /** The deadline of a holding that starts at `start`; null when the category has no policy. */
  dueFor(category: string, priority: ReportPriority, start: Date): Promise<Deadline | null>;
  /**
   * Makes sure the rules are loaded. Call it before a transaction that will ask `dueFor`: on the
   * embedded engine (one pooled connection) a load from inside the transaction would wait for it.
   */
  prepare(): Promise<void>;
}
