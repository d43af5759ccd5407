import { createHash } from 'node:crypto';
import { cellToBigInt, lngLatToCell, STORAGE_RESOLUTION } from '@matthan/geo';
import type { PublicReport, ReportCreated, ReportCreateInput } from '../contracts/report.js';
import type { CleanImage } from '../media/images.js';
import type { StoredFile } from '../media/media.store.js';
import { newId, newTrackingCode } from './ids.js';
import type { PendingReport } from './report-writer.js';
import type { Deadline } from '../deadlines/deadline.js';

export interface NewReportInput {
  id: string;
  input: ReportCreateInput;
  files: StoredFile[];
  now: Date;
  idempotencyKey: string | null;
  requestHash: string;
  /** The first holding's deadline (null when the category has no policy). */
  deadline: Deadline | null;
}

/** The rows and the public snapshot of a new report, ready for the writer. Pure apart from ids. */
export function pendingReport(a: NewReportInput): PendingReport {
  const h3Cell = lngLatToCell(a.input.location, STORAGE_RESOLUTION);
  const at = a.now.toISOString();
  const reporter = a.input.reporter;
  return {
    row: {
      id: a.id,
      trackingCode: newTrackingCode(),
      category: a.input.category,
      description: a.input.description,
      location: a.input.location,
      address: a.input.address ?? null,
      h3: cellToBigInt(h3Cell),
      mediaCount: a.files.length,
      createdAt: a.now,
      idempotencyKey: a.idempotencyKey,
      requestHash: a.requestHash,
      dueAt: a.deadline?.dueAt ?? null,
      warnAt: a.deadline?.warnAt ?? null,
    },
    contact: reporter && Object.values(reporter).some((v) => v) ? reporter : null,
    files: a.files,
    media: a.files.map((file, i) => ({ id: newId(a.now.getTime()), reportId: a.id, ordinal: i + 1, file })),
    payload: {
      id: a.id,
      category: a.input.category,
      description: a.input.description,
      location: a.input.location,
      h3Cell,
      priority: 'normal',
      createdAt: at,
      updatedAt: at,
      mediaCount: a.files.length,
      resolvedAt: null,
      meTooCount: 0,
    },
  };
}

/** The 201 body from what was just committed, with no read back from the database. */
export function createdReply(p: PendingReport, report: PublicReport, wardName: string): ReportCreated {
  return {
    ...report,
    trackingCode: p.row.trackingCode,
    wardName,
    media: p.media.map((m) => ({
      id: m.id,
      url: `/media/${m.file.path}`,
      contentType: m.file.image.contentType,
      sizeBytes: m.file.image.data.length,
      width: m.file.image.width,
      height: m.file.image.height,
      kind: 'before' as const,
    })),
  };
}

/** What makes two requests "the same report" for idempotency: the input and the photos' content. */
export function hashRequest(input: ReportCreateInput, images: CleanImage[]): string {
  const fields: unknown[] = [input.category, input.description, input.location, input.reporter ?? null];
  if (input.address !== undefined) fields.push(input.address); // only when given: older hashes stay valid
  const h = createHash('sha256').update(JSON.stringify(fields));
  for (const i of images) h.update(i.sha256);
  return h.digest('hex');
}
