import type { CategoriesService } from '../categories/categories.service.js';
import type { Config } from '../config.js';
import type { Db } from '../db/pool.js';
import { IdempotencyKey, ReportCreateInput } from '../contracts/report.js';
import { AppError, parseOr400 } from '../http/errors.js';
import { decodeCursor } from '../reports/cursor.js';
import { normaliseTrackingCode } from '../reports/ids.js';
import type { Keyset } from '../reports/reports.repository.js';
import type { ReportsService } from '../reports/reports.service.js';
import type { ApiKeysService } from './api-keys.service.js';
import * as repo from './open311.repository.js';
import { mediaUploads, OPEN311_FIELD, reportInput, type Open311Form } from './post-form.js';
import { DEFAULT_LIMIT, reportStatuses, requestsWindow, type RequestsQuery } from './requests-query.js';
import { Open311Error } from './respond.js';
import { toService, toServiceRequest, type Lang, type Service, type ServiceRequest } from './service-request.js';

export interface Open311Deps {
  db: Db;
  reports: ReportsService;
  categories: CategoriesService;
  keys: ApiKeysService;
  upload: Config['upload'];
  clock: () => Date;
  /** The one jurisdiction this endpoint serves; any other jurisdiction_id is a 404. */
  jurisdictionId: string;
}

/** Open311 names a jurisdiction by its web site; this server serves Hà Nội only. */
export const OPEN311_JURISDICTION_ID = 'hanoi.gov.vn';

export type Open311Service = ReturnType<typeof createOpen311Service>;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const keysetOf = (r: repo.RequestRow): Keyset => ({ createdAt: r.createdAt.toISOString(), id: r.id });

export function createOpen311Service(deps: Open311Deps) {
  const { db, reports, categories, keys, clock, jurisdictionId } = deps;

  /** The spec's jurisdiction rule: optional for one jurisdiction, but a wrong one is not found. */
  function checkJurisdiction(id: string | undefined): void {
    if (id === undefined || id.trim() === '' || id === jurisdictionId) return;
    throw new Open311Error(404, {
      vi: `Không có jurisdiction_id "${id}"; máy chủ này phục vụ "${jurisdictionId}".`,
      en: `jurisdiction_id "${id}" was not found; this endpoint serves "${jurisdictionId}".`,
    });
  }

  async function services(lang: Lang): Promise<Service[]> {
    return (await categories.list()).map((c) => toService(c, lang));
  }

  async function serviceDefinition(code: string) {
    if (!(await categories.exists(code))) throw unknownService(code);
    return { service_code: code, attributes: [] };
  }

  /** One page of requests, newest first, and the keyset to continue from (the cursor extension). */
  async function list(
    q: RequestsQuery,
    lang: Lang,
    origin: string,
  ): Promise<{ items: ServiceRequest[]; next: Keyset | null }> {
    if (q.service_request_id) {
      const ids = q.service_request_id.filter((id) => UUID.test(id)).slice(0, DEFAULT_LIMIT);
      const rows = ids.length ? await repo.listRequests(db, { ids, limit: DEFAULT_LIMIT }) : [];
      return { items: rows.map((r) => toServiceRequest(r, lang, origin)), next: null };
    }
    const w = requestsWindow(q, clock());
    const filter = {
      categories: q.service_code,
      statuses: q.status ? reportStatuses(q.status) : undefined,
      to: w.to,
    };
    const limit = q.page_size ?? DEFAULT_LIMIT;
    const before = q.cursor ? decodeCursor(q.cursor) : undefined;
    const rows = await repo.listRequests(db, { ...filter, from: w.from, before, limit: limit + 1 });
    const page = rows.slice(0, limit);
    let next: Keyset | null = rows.length > limit ? keysetOf(page[page.length - 1]!) : null;
    if (!next && w.defaulted) {
      // The page ended at the default window's edge: offer a cursor only if older history exists.
      const last = page[page.length - 1];
      const edge = last ? keysetOf(last) : { createdAt: w.from!.toISOString(), id: ZERO_UUID };
      if (await repo.anyRequest(db, { ...filter, before: edge })) next = edge;
    }
    return { items: page.map((r) => toServiceRequest(r, lang, origin)), next };
  }

  async function get(id: string, lang: Lang, origin: string): Promise<ServiceRequest> {
    const rows = UUID.test(id) ? await repo.listRequests(db, { ids: [id], limit: 1 }) : [];
    if (!rows[0]) throw notFound('service_request_id', id);
    return toServiceRequest(rows[0], lang, origin);
  }

  /** Requests are created at once (type realtime), so no token is issued; a tracking code works as one. */
  async function token(code: string) {
    const id = code.length <= 20 ? await repo.requestIdByTrackingCode(db, normaliseTrackingCode(code)) : null;
    if (!id) throw notFound('token', code);
    return { service_request_id: id, token: code };
  }

  /**
   * POST /requests: key first (nothing is read or written for a bad one), then the intake path.
   * The spec's POST is not idempotent; a client may still send our Idempotency-Key header.
   */
  async function create(form: Open311Form, lang: Lang, idempotencyHeader?: string) {
    if (!(await keys.verify(form.fields.api_key))) {
      throw new Open311Error(403, {
        vi: 'Thiếu api_key hoặc api_key không hợp lệ: không thể tạo phản ánh.',
        en: "Invalid api_key received -- can't proceed with create_request.",
      });
    }
    checkJurisdiction(form.fields.jurisdiction_id);
    const idempotencyKey =
      idempotencyHeader === undefined ? null : parseOr400(IdempotencyKey, idempotencyHeader, 'Idempotency-Key header');
    const code = form.fields.service_code?.trim();
    if (!code) throw new Open311Error(400, { vi: 'Thiếu service_code.', en: 'service_code was not provided.' });
    const service = (await categories.list()).find((c) => c.code === code);
    if (!service) throw unknownService(code);
    const input = inOpen311Terms(() =>
      parseOr400(ReportCreateInput, reportInput({ ...form.fields, service_code: code }, service.nameVi), 'request'),
    );
    const [created] = await reports.create(input, await mediaUploads(form.media, deps.upload), idempotencyKey);
    const notice = {
      vi: `Đã nhận phản ánh. Mã theo dõi: ${created.trackingCode}.`,
      en: `Report received. Tracking code: ${created.trackingCode}.`,
    };
    return { service_request_id: created.id, service_notice: notice[lang], account_id: null };
  }

  return { checkJurisdiction, services, serviceDefinition, list, get, token, create };
}

/** Validation issues name the fields the Open311 client sent, not ours. */
function inOpen311Terms<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof AppError) || !err.issues) throw err;
    const issues = err.issues.map((i) => ({ ...i, path: OPEN311_FIELD[i.path] ?? i.path }));
    throw new AppError(err.status, err.code, err.text, issues);
  }
}

function unknownService(code: string): Open311Error {
  return new Open311Error(404, {
    vi: `Không có service_code "${code}". Xem danh sách trong services.json.`,
    en: `service_code "${code}" was not found. See services.json for the list.`,
  });
}

function notFound(what: string, value: string): Open311Error {
  return new Open311Error(404, { vi: `Không tìm thấy ${what} "${value}".`, en: `${what} "${value}" was not found.` });
}
