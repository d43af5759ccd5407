import type { PublicReport, ReportEventPayload } from '@matthan/server/contracts';

let n = 0;

/** A public report at Hoàn Kiếm Lake unless told otherwise; ids and times are unique per call. */
export function aReport(over: Partial<PublicReport> = {}): PublicReport {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    category: 'trash',
    description: 'Rác đổ trộm ven hồ',
    location: [105.8542, 21.0285],
    h3Cell: '8f415cb4e5114ad',
    wardCode: '00070',
    status: 'new',
    priority: 'normal',
    createdAt: new Date(Date.UTC(2025, 6, 1, 8, 0, n)).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 6, 1, 8, 0, n)).toISOString(),
    mediaCount: 0,
    unitCode: '00070',
    dueAt: null,
    resolvedAt: null,
    linkedTo: null,
    meTooCount: 0,
    ...over,
  };
}

export function anEvent(seq: number, report: PublicReport = aReport()): ReportEventPayload {
  return { seq, at: report.updatedAt, kind: 'report:created', report, detail: null };
}
