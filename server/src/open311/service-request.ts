import type { Category } from '../contracts/category.js';
import type { ReportStatus } from '../contracts/report.js';
import type { Bilingual } from '../http/errors.js';
import type { RequestRow } from './open311.repository.js';
import { open311Status } from './requests-query.js';

/** GeoReport v2's names for a report, as in its "GET Service Requests" response. */
export interface ServiceRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: null;
  address: string | null;
  address_id: null;
  zipcode: null;
  lat: number;
  long: number;
  media_url: string | null;
}

/** GeoReport v2's service: one of our categories, with no extra attributes to fill in. */
export interface Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: false;
  type: 'realtime';
  keywords: string;
  group: string;
}

export type Lang = 'vi' | 'en';

/** What status_notes says for each of our statuses: the detail that open/closed leaves out. */
const STATUS_NOTES: Record<ReportStatus, Bilingual> = {
  new: { vi: 'Mới tiếp nhận', en: 'New' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  assigned: { vi: 'Đã giao đơn vị xử lý', en: 'Assigned to a unit' },
  in_progress: { vi: 'Đang xử lý', en: 'In progress' },
  reopened: { vi: 'Mở lại', en: 'Reopened' },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  not_responsible: { vi: 'Không thuộc thẩm quyền', en: 'Not the responsibility of this city' },
  duplicate: { vi: 'Trùng với phản ánh khác', en: 'Duplicate of another report' },
  rejected: { vi: 'Không hợp lệ', en: 'Rejected' },
};

/** W3C date-time without milliseconds, in UTC: `2026-07-01T08:00:00Z`. */
export const w3 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A stored report as a service request; `origin` makes the photo URL absolute. */
export function toServiceRequest(r: RequestRow, lang: Lang, origin: string): ServiceRequest {
  return {
    service_request_id: r.id,
    status: open311Status(r.status),
    status_notes: STATUS_NOTES[r.status][lang],
    service_name: lang === 'vi' ? r.categoryNameVi : r.categoryNameEn,
    service_code: r.category,
    description: r.description,
    agency_responsible: r.unitName,
    service_notice: null,
    requested_datetime: w3(r.createdAt),
    updated_datetime: w3(r.updatedAt),
    expected_datetime: null,
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: r.location[1],
    long: r.location[0],
    media_url: r.firstMediaPath ? `${origin}/media/${r.firstMediaPath}` : null,
  };
}

export function toService(c: Category, lang: Lang): Service {
  return {
    service_code: c.code,
    service_name: lang === 'vi' ? c.nameVi : c.nameEn,
    description: lang === 'vi' ? `${c.nameVi} (${c.nameEn})` : `${c.nameEn} (${c.nameVi})`,
    metadata: false,
    type: 'realtime',
    keywords: [c.nameVi, c.nameEn, c.code].join(', '),
    group: 'phan_anh_hien_truong', // one group: every category is a field report
  };
}
