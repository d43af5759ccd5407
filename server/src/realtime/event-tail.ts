import type { Db } from '../db/pool.js';
import { eventsBetween, latestSeq, type StoredEvent } from '../reports/events.repository.js';
import type { Broadcaster } from './broadcaster.js';

const PAGE = 1000;

/**
 * Follows report_events in seq order and hands committed events to `deliver`, once, in order,
 * as many at a time as one read returns.
 * Because seq order is commit order (see appendEvents), reading "seq > last" never skips an event.
 * It runs when a service announces a commit and on a timer, which also picks up events committed
 * by other processes (the seed CLI, another server instance).
 */
export class EventTail implements Pick<Broadcaster, 'announce'> {
  private last = 0;
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly deliver: (events: StoredEvent[]) => void,
    private readonly pollMs = 1000,
  ) {}

  /** Highest seq delivered so far. */
  get lastSeq(): number {
    return this.last;
  }

  async start(): Promise<void> {
    this.last = await latestSeq(this.db);
    this.timer = setInterval(() => this.announce(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  announce(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        const events = await eventsBetween(this.db, this.last, Number.MAX_SAFE_INTEGER, PAGE);
        if (events.length > 0) {
          this.last = events[events.length - 1]!.seq;
          this.deliver(events);
        }
        if (events.length === PAGE) this.again = true;
      } while (this.again);
    } catch (err) {
      // The database is briefly unreachable: the next announce or tick retries from `last`.
      console.error('[matthan] event tail:', (err as Error).message);
    } finally {
      this.running = false;
    }
  }
}
