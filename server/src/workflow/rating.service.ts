import { withTransaction, type Db } from '../db/pool.js';
import type { Rating } from '../contracts/report.js';
import type { RatingInput } from '../contracts/workflow.js';
import type { Deadlines } from '../deadlines/deadline.js';
import { AppError } from '../http/errors.js';
import type { CleanImage } from '../media/images.js';
import type { MediaStore } from '../media/media.store.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import { appendEvents } from '../reports/events.repository.js';
import { newId, normaliseTrackingCode } from '../reports/ids.js';
import { publicReportsByIds } from '../reports/reports.repository.js';
import { clockPatch } from './steps.js';
import * as repo from './workflow.repository.js';

export interface RatingDeps {
  db: Db;
  deadlines: Deadlines;
  media: MediaStore;
  broadcaster: Broadcaster;
  clock: () => Date;
}

const notFound = () =>
  new AppError(404, 'tracking_code_not_found', {
    vi: 'Không có phản ánh nào với mã theo dõi này. Hãy kiểm tra lại mã trên biên nhận.',
    en: 'No report has this tracking code. Check the code on your receipt.',
  });

const notResolved = () =>
  new AppError(409, 'not_ratable', {
    vi: 'Chỉ đánh giá được phản ánh đã có kết quả xử lý và chưa được đánh giá.',
    en: 'Only a resolved report that has not been rated yet can be rated.',
  });

/**
 * The citizen's verdict, with the tracking code. Satisfied or accepted closes the report; not
 * satisfied because it is not fixed reopens the same report, counted against the unit.
 */
export function createRatingService(deps: RatingDeps) {
  const { db, deadlines, media, broadcaster, clock } = deps;

  async function rate(code: string, input: RatingInput, photo?: CleanImage): Promise<Rating> {
    const now = clock();
    let written: string | null = null;
    await deadlines.prepare(); // never a pool query inside the transaction (see Deadlines.prepare)
    try {
      const rating = await withTransaction(db, async (tx) => {
        const r = await repo.lockByTrackingCode(tx, normaliseTrackingCode(code));
        if (!r) throw notFound();
        if (r.status !== 'resolved') throw notResolved();
        let mediaPath: string | null = null;
        if (photo) {
          const ordinal = await repo.nextMediaOrdinal(tx, r.id);
          const file = await media.writeAt(r.id, photo, ordinal);
          written = mediaPath = file.path;
          await repo.insertPhoto(tx, { id: newId(now.getTime()), reportId: r.id, ordinal, file, kind: 'rating' });
        }
        await repo.insertRating(tx, {
          id: newId(now.getTime()),
          reportId: r.id,
          unitCode: r.unitCode,
          input,
          mediaPath,
          at: now,
        });
        const reopen = input.notFixed;
        const locked = (await repo.lockReport(tx, r.id))!;
        const patch = reopen
          ? {
              status: 'reopened' as const,
              resolvedAt: null,
              reopened: true,
              heldSince: now, // the unit gets it back: its clock starts again
              ...clockPatch(await deadlines.dueFor(locked.category, locked.priority, now)),
            }
          : { status: 'closed' as const };
        const rated = await publicReportsByIds(tx, [r.id]);
        await repo.updateReport(tx, r.id, patch, now);
        const [after] = await publicReportsByIds(tx, [r.id]);
        const detail = { rating: input.rating, notFixed: input.notFixed };
        await appendEvents(tx, [
          { reportId: r.id, kind: 'report:rated', actor: 'citizen', payload: rated[0]!, detail, at: now },
          {
            reportId: r.id,
            kind: reopen ? 'report:reopened' : 'report:closed',
            actor: 'citizen',
            payload: after!,
            detail: reopen ? { reason: 'not_fixed' } : null,
            at: now,
          },
        ]);
        return { ...detail, comment: input.comment ?? null, unitCode: r.unitCode, createdAt: now.toISOString() };
      });
      broadcaster.announce();
      return rating;
    } catch (err) {
      if (written) await media.removeFile(written);
      throw err;
    }
  }

  return { rate };
}
export type RatingService = ReturnType<typeof createRatingService>;
