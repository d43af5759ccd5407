import type {
  Assignment,
  PublicReport,
  Recommendations,
  ReportCommand,
  StaffReport,
  TeamList,
  UnitList,
} from '@matthan/server/contracts';
import type { Lang } from '../i18n/messages.js';
import { request, type CallOptions } from './client.js';

const JSON_HEADERS = { 'content-type': 'application/json' };
const id = (s: string) => encodeURIComponent(s);

/** A report as staff see it: handling state, allowed actions, timeline and, for its unit, the contact. */
export function fetchStaffReport(reportId: string, { signal, lang }: CallOptions = {}): Promise<StaffReport> {
  return request(`/api/reports/${id(reportId)}/staff`, { signal }, lang);
}

/** One workflow action; resolve may carry the after photo (multipart: `command` JSON + `after`). */
export function postAction(reportId: string, command: ReportCommand, after?: File, lang?: Lang): Promise<PublicReport> {
  const path = `/api/reports/${id(reportId)}/actions`;
  if (!after) return request(path, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(command) }, lang);
  const form = new FormData();
  form.set('command', JSON.stringify(command));
  form.set('after', after, after.name);
  return request(path, { method: 'POST', body: form }, lang);
}

export function fetchRecommendations(reportId: string, { signal, lang }: CallOptions = {}): Promise<Recommendations> {
  return request(`/api/reports/${id(reportId)}/recommendations?n=5`, { signal }, lang);
}

export function assignTeam(reportId: string, teamId: string, lang?: Lang): Promise<Assignment> {
  return request(
    `/api/reports/${id(reportId)}/assign`,
    { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ teamId }) },
    lang,
  );
}

/** The teams this user may see (the server scopes unit staff to their unit), with recent trails. */
export const fetchTeams = (signal?: AbortSignal) => request<TeamList>('/api/teams', { signal });

export const fetchUnits = (signal?: AbortSignal) => request<UnitList>('/api/units', { signal });
