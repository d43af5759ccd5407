import { indexIn } from './bodies.js';
import type { ClientRecord } from './stream-protocol.js';

/** Keeps one client's deliveries: arrival time per report, and whatever broke the seq order. */
export class StreamRecorder implements ClientRecord {
  recvAt: Float64Array;
  duplicates = 0;
  seqGaps = 0;
  outOfOrder = 0;
  foreign = 0;
  disconnects = 0;
  delivered = 0;
  private lastSeq = -1;

  constructor(
    maxReports: number,
    private readonly tag: string,
    private readonly prefix: string,
  ) {
    this.recvAt = new Float64Array(maxReports).fill(Number.NaN);
  }

  /**
   * Any logged event (report:updated for a "me too", deadline:warned, team:updated) moves the seq
   * on: the log has one sequence for all of them, so skipping them would look like gaps.
   */
  advance(seq: number): void {
    if (this.lastSeq >= 0 && seq <= this.lastSeq) this.outOfOrder++;
    else if (this.lastSeq >= 0 && seq !== this.lastSeq + 1) this.seqGaps++;
    this.lastSeq = Math.max(this.lastSeq, seq);
  }

  record(at: number, seq: number, description: string): void {
    this.advance(seq);
    const i = indexIn(description, this.tag, this.prefix);
    if (i < 0 || i >= this.recvAt.length) {
      this.foreign++;
      return;
    }
    if (!Number.isNaN(this.recvAt[i]!)) {
      this.duplicates++;
      return;
    }
    this.recvAt[i] = at;
    this.delivered++;
  }

  toRecord(): ClientRecord {
    const { recvAt, duplicates, seqGaps, outOfOrder, foreign, disconnects } = this;
    return { recvAt, duplicates, seqGaps, outOfOrder, foreign, disconnects };
  }
}
