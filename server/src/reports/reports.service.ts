import { createHash } from 'node:crypto';
import { cellToBigInt, lngLatToCell, STORAGE_RESOLUTION } from '@matthan/geo';
import { withTransaction, type Db } from '../db/pool.js';
import type {
  PublicReport,
  ReportCreated,
  ReportDetail,
  ReportCreateInput,
  ReportListQuery,
  ReportPage,
  TrackedReport,
} from '../contracts/report.js';
import { AppError } from '../http/errors.js';
import { cleanImage, type CleanImage } from '../media/images.js';
import type { MediaStore, StoredFile } from '../media/media.store.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import type { CategoriesService } from '../categories/categories.service.js';
import { appendEvent } from './events.repository.js';
import { newId, newTrackingCode, normaliseTrackingCode } from './ids.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import * as repo from './reports.repository.js';

export interface Upload {
  name: string;
  data: Uint8Array;
}

export interface ReportsDeps {
  db: Db;
  media: MediaStore;
  broadcaster: Broadcaster;
  categories: CategoriesService;
  clock: () => Date;
}

export type ReportsService = ReturnType<typeof createReportsService>;

export function createReportsService(deps: ReportsDeps) {
  const { db, media, broadcaster, categories, clock } = deps;

  async function checkInput(input: ReportCreateInput): Promise<string> {
    if (!(await categories.exists(input.category))) {
      throw new AppError(400, 'unknown_category', {
        vi: `Không có lĩnh vực "${input.category}". Hãy chọn một lĩnh vực trong GET /api/categories.`,
        en: `Unknown category "${input.category}". Pick one from GET /api/categories.`,
      });
    }
    const ward = await repo.findWardAt(db, input.location);
    if (!ward) {
      throw new AppError(422, 'outside_service_area', {
        vi: 'Vị trí này nằm ngoài các phường, xã của Hà Nội mà hệ thống phục vụ. Hãy đặt ghim trong địa bàn Hà Nội.',
        en: 'This location is outside the wards and communes of Hà Nội that this service covers. Place the pin inside Hà Nội.',
      });
    }
    return ward;
  }

  /** Returns [report, created]: created is false when the idempotency key matched an earlier report. */
  async function create(
    input: ReportCreateInput,
    uploads: Upload[],
    idempotencyKey: string | null,
  ): Promise<[ReportCreated, boolean]> {
    const wardCode = await checkInput(input);
    const images: CleanImage[] = [];
    for (const u of uploads) images.push(await cleanImage(u.data, u.name));
    const requestHash = hashRequest(input, images);
    if (idempotencyKey) {
      const earlier = await repo.findByIdempotencyKey(db, idempotencyKey);
      if (earlier) return [await replay(earlier, requestHash), false];
    }
    const now = clock();
    const id = newId(now.getTime());
    const files = await media.writeAll(id, images);
    try {
      const inserted = await commitReport({ id, input, wardCode, files, now, idempotencyKey, requestHash });
      if (!inserted) {
        await media.removeReport(id);
        const earlier = await repo.findByIdempotencyKey(db, idempotencyKey!);
        return [await replay(earlier!, requestHash), false];
      }
    } catch (err) {
      await media.removeReport(id);
      throw err;
    }
    broadcaster.announce();
    return [(await getWithCode(id))!, true];
  }

  async function replay(earlier: { id: string; requestHash: string }, requestHash: string): Promise<ReportCreated> {
    if (earlier.requestHash !== requestHash) {
      throw new AppError(422, 'idempotency_key_reused', {
        vi: 'Idempotency-Key này đã được dùng cho một phản ánh khác. Hãy dùng khóa mới cho phản ánh mới.',
        en: 'This Idempotency-Key was already used for a different report. Use a new key for a new report.',
      });
    }
    return (await getWithCode(earlier.id))!;
  }

  async function commitReport(a: {
    id: string;
    input: ReportCreateInput;
    wardCode: string;
    files: StoredFile[];
    now: Date;
    idempotencyKey: string | null;
    requestHash: string;
  }): Promise<boolean> {
    const h3Cell = lngLatToCell(a.input.location, STORAGE_RESOLUTION);
    const row: repo.NewReportRow = {
      id: a.id,
      trackingCode: newTrackingCode(),
      category: a.input.category,
      description: a.input.description,
      location: a.input.location,
      h3: cellToBigInt(h3Cell),
      wardCode: a.wardCode,
      mediaCount: a.files.length,
      createdAt: a.now,
      idempotencyKey: a.idempotencyKey,
      requestHash: a.requestHash,
    };
    const payload: PublicReport = {
      id: a.id,
      category: row.category,
      description: row.description,
      location: row.location,
      h3Cell,
      wardCode: row.wardCode,
      status: 'new',
      priority: 'normal',
      createdAt: a.now.toISOString(),
      updatedAt: a.now.toISOString(),
      mediaCount: row.mediaCount,
    };
    return withTransaction(db, async (tx) => {
      if (!(await repo.insertReport(tx, row))) return false;
      const contact = a.input.reporter;
      if (contact && Object.values(contact).some((v) => v)) await repo.insertContact(tx, a.id, contact);
      await repo.insertMedia(
        tx,
        a.id,
        a.files,
        a.files.map(() => newId(a.now.getTime())),
      );
      await appendEvent(tx, { reportId: a.id, kind: 'report:created', actor: 'citizen', payload, at: a.now });
      return true;
    });
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
    return report ? { report, timeline: await repo.listTimeline(db, report.id) } : null;
  }

  async function list(q: ReportListQuery): Promise<ReportPage> {
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    const { items, next } = await repo.listReports(db, q, q.limit, after);
    return { items, nextCursor: next ? encodeCursor(next) : null };
  }

  return { create, get, track, list };
}

/** What makes two requests "the same report" for idempotency: the input and the photos' content. */
function hashRequest(input: ReportCreateInput, images: CleanImage[]): string {
  const h = createHash('sha256').update(
    JSON.stringify([input.category, input.description, input.location, input.reporter ?? null]),
  );
  for (const i of images) h.update(i.sha256);
  return h.digest('hex');
}
