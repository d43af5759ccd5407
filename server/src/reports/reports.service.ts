import type { Db } from '../db/pool.js';
import type {
  ReportCreated,
  ReportCreateInput,
  ReportDetail,
  ReportListQuery,
  ReportPage,
  TrackedReport,
} from '../contracts/report.js';
import { AppError } from '../http/errors.js';
import { cleanImage, type CleanImage } from '../media/images.js';
import type { MediaStore } from '../media/media.store.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import type { CategoriesService } from '../categories/categories.service.js';
import type { WardNames } from '../units/ward-names.js';
import type { Deadlines } from '../deadlines/deadline.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { newId, normaliseTrackingCode } from './ids.js';
import { createdReply, hashRequest, pendingReport } from './new-report.js';
import type { ReportWriter } from './report-writer.js';
import * as repo from './reports.repository.js';

export interface Upload {
  name: string;
  data: Uint8Array;
}

export interface ReportsDeps {
  db: Db;
  writer: ReportWriter;
  media: MediaStore;
  broadcaster: Broadcaster;
  categories: CategoriesService;
  wards: WardNames;
  deadlines: Deadlines;
  clock: () => Date;
}

export type ReportsService = ReturnType<typeof createReportsService>;

const OUTSIDE = {
  vi: 'Vị trí này nằm ngoài các phường, xã của Hà Nội mà hệ thống phục vụ. Hãy đặt ghim trong địa bàn Hà Nội.',
  en: 'This location is outside the wards and communes of Hà Nội that this service covers. Place the pin inside Hà Nội.',
};
const KEY_REUSED = {
  vi: 'Idempotency-Key này đã được dùng cho một phản ánh khác. Hãy dùng khóa mới cho phản ánh mới.',
  en: 'This Idempotency-Key was already used for a different report. Use a new key for a new report.',
};

export function createReportsService(deps: ReportsDeps) {
  const { db, writer, media, broadcaster, categories, wards, deadlines, clock } = deps;

  /** 400 for an unknown category; the ward (and 422 outside it) is found when the report is written. */
  async function checkCategory(input: ReportCreateInput): Promise<void> {
    if (!(await categories.exists(input.category))) {
      throw new AppError(400, 'unknown_category', {
        vi: `Không có lĩnh vực "${input.category}". Hãy chọn một lĩnh vực trong GET /api/categories.`,
        en: `Unknown category "${input.category}". Pick one from GET /api/categories.`,
      });
    }
  }

  /** Returns [report, created]: created is false when the idempotency key matched an earlier report. */
  async function create(
    input: ReportCreateInput,
    uploads: Upload[],
    key: string | null,
  ): Promise<[ReportCreated, boolean]> {
    await checkCategory(input);
    const images: CleanImage[] = [];
    for (const u of uploads) images.push(await cleanImage(u.data, u.name));
    const requestHash = hashRequest(input, images);
    const earlier = key ? await repo.findByIdempotencyKey(db, key) : null;
    if (earlier) return [await replay(earlier, requestHash), false];
    const now = clock();
    const id = newId(now.getTime());
    const files = await media.writeAll(id, images);
    const deadline = await deadlines.dueFor(input.category, 'normal', now);
    const pending = pendingReport({ id, input, files, now, idempotencyKey: key, requestHash, deadline });
    const outcome = await writer.write(pending).catch(async (err: unknown) => {
      await media.removeReport(id); // nothing committed: no file may stay behind
      throw err;
    });
    if (outcome.status !== 'created') await media.removeReport(id);
    if (outcome.status === 'outside') throw new AppError(422, 'outside_service_area', OUTSIDE);
    if (outcome.status === 'duplicate') {
      // A retry raced the first request, which won.
      return [await replay((await repo.findByIdempotencyKey(db, key!))!, requestHash), false];
    }
    broadcaster.announce();
    const wardCode = outcome.report.wardCode;
    return [createdReply(pending, outcome.report, (await wards.name(wardCode)) ?? wardCode), true];
  }

  async function replay(earlier: { id: string; requestHash: string }, requestHash: string): Promise<ReportCreated> {
    if (earlier.requestHash !== requestHash) throw new AppError(422, 'idempotency_key_reused', KEY_REUSED);
    return (await getWithCode(earlier.id))!;
  }

  async function getWithCode(id: string): Promise<ReportCreated | null> {
    const report = await repo.getReport(db, id);
    return report ? { ...report, media: await repo.listMedia(db, id) } : null;
  }

  async function get(id: string): Promise<ReportDetail | null> {
    const full = await getWithCode(id);
    if (!full) return null;
    const { trackingCode: _secret, ...detail } = full;
    return detail;
  }

  async function track(code: string): Promise<TrackedReport | null> {
    const report = await repo.getPublicReportByCode(db, normaliseTrackingCode(code));
    if (!report) return null;
    const [timeline, media, ratings] = await Promise.all([
      repo.listTimeline(db, report.id),
      repo.listMedia(db, report.id),
      repo.listRatings(db, report.id),
    ]);
    return { report, timeline, media, ratings };
  }

  async function list(q: ReportListQuery): Promise<ReportPage> {
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    const { items, next } = await repo.listReports(db, q, q.limit, after);
    return { items, nextCursor: next ? encodeCursor(next) : null };
  }

  return { create, get, track, list };
}
