import { beforeAll, describe, expect, it } from 'vitest';
import { jsonPost, useTestApp } from '../testing/app.js';
import { signIn, type SignedInUser } from '../testing/auth.js';
import { photoWithMetadata } from '../testing/fixtures.js';
import { workflowKit } from '../workflow/workflow-test-kit.js';
import { conforms, documentOf } from './openapi-test-kit.js';

// The staff, admin and field routes answer what the document says, status and body, when used for real.
const ctx = useTestApp();
const kit = workflowKit(ctx);
let doc: Record<string, unknown>;
let admin: SignedInUser;
const PASSWORD = 'correct horse battery staple';
const NOBODY: SignedInUser | null = null;

interface Call {
  url?: string;
  body?: unknown;
  who?: SignedInUser | null;
}

/** Requests `url` (default: the path) and checks the answer against the operation, e.g. `'get /api/units'`. */
async function call(status: number, operation: string, { url, body, who = admin }: Call = {}): Promise<unknown> {
  const [method, path] = operation.split(' ') as [string, string];
  const headers = who?.headers ?? {};
  const init =
    body === undefined
      ? { method: method.toUpperCase(), headers }
      : { ...jsonPost(body, headers), method: method.toUpperCase() };
  return conforms(doc, await ctx.a.app.request(url ?? path, init), method, path, status);
}

beforeAll(async () => {
  doc = await documentOf(ctx.a);
  admin = await signIn(ctx.t.db, 'admin');
});

describe('documented responses of the public routes', () => {
  it('reference data, the document and its page come with their documented media types', async () => {
    for (const path of ['/api/config', '/api/categories', '/api/wards', '/api/openapi.json', '/api/docs']) {
      await call(200, `get ${path}`, { who: NOBODY });
    }
    await call(404, 'get /api/reports/{id}', { url: '/api/reports/00000000-0000-4000-8000-000000000000', who: NOBODY });
  });

  it('the planning series, monthly trends and breakdown validate, and their errors too', async () => {
    const period = 'from=2025-08-01T00:00:00Z&to=2025-09-01T00:00:00Z';
    await call(200, 'get /api/cells/series', { url: `/api/cells/series?res=8&bucket=day&${period}`, who: NOBODY });
    await call(400, 'get /api/cells/series', {
      url: `/api/cells/series?from=2025-09-01T00:00:00Z&to=2025-08-01T00:00:00Z`,
      who: NOBODY,
    });
    await call(200, 'get /api/reports/monthly', { url: `/api/reports/monthly?${period}`, who: NOBODY });
    await call(400, 'get /api/reports/monthly', { url: '/api/reports/monthly', who: NOBODY });
    await call(200, 'get /api/reports/breakdown', { url: '/api/reports/breakdown?cell=88415cb4e5fffff', who: NOBODY });
    await call(400, 'get /api/reports/breakdown', { url: '/api/reports/breakdown?cell=nope', who: NOBODY });
  });
});

describe('documented responses of the access routes', () => {
  it('sign-in, the current user, accounts and API keys validate', async () => {
    const credentials = { username: admin.user.username, password: PASSWORD };
    await call(200, 'get /api/auth/me', { who: NOBODY });
    await call(200, 'get /api/auth/me');
    const login = await ctx.a.app.request('/api/auth/login', jsonPost(credentials));
    expect(login.headers.get('set-cookie')).toContain('mt_session=');
    await conforms(doc, login, 'post', '/api/auth/login', 200);
    const { token } = (await call(200, 'post /api/auth/token', { body: credentials, who: NOBODY })) as {
      token: string;
    };
    await call(401, 'post /api/auth/token', { body: { ...credentials, password: 'wrong' }, who: NOBODY });
    await call(400, 'post /api/auth/login', { body: { username: '' }, who: NOBODY });
    await call(200, 'get /api/admin/users');
    const user = { username: 'doc-planner', displayName: 'Planner', role: 'planner', password: PASSWORD };
    await call(201, 'post /api/admin/users', { body: user });
    await call(409, 'post /api/admin/users', { body: user });
    await call(401, 'get /api/admin/users', { who: NOBODY });
    await call(403, 'get /api/admin/api-keys', { who: await signIn(ctx.t.db, 'planner') });
    const issued = (await call(201, 'post /api/admin/api-keys', { body: { name: 'Doc client' } })) as { id: string };
    await call(200, 'get /api/admin/api-keys');
    await call(200, 'delete /api/admin/api-keys/{id}', { url: `/api/admin/api-keys/${issued.id}` });
    await call(404, 'delete /api/admin/api-keys/{id}', { url: '/api/admin/api-keys/nope' });
    const phone = { user: admin.user, headers: { authorization: `Bearer ${token}` } };
    await call(204, 'post /api/auth/logout', { who: phone });
    await call(200, 'get /api/auth/me', { who: phone }); // the token no longer signs in: `{ user: null }`
  });
});

describe('documented responses of the handling and field routes', () => {
  it('a report acted on, a team sent to it, and the citizen’s rating validate', async () => {
    const report = await kit.newReport({ category: 'trash' });
    const on = (what: string) => ({ url: `/api/reports/${report.id}/${what}` });
    await call(200, 'get /api/reports/{id}/staff', on('staff'));
    await call(401, 'get /api/reports/{id}/staff', { ...on('staff'), who: NOBODY });
    await call(200, 'post /api/reports/{id}/actions', { ...on('actions'), body: { action: 'receive' } });
    await call(409, 'post /api/reports/{id}/actions', { ...on('actions'), body: { action: 'close' } });
    await call(200, 'get /api/reports/{id}/holdings', on('holdings'));
    await call(200, 'get /api/reports/{id}/audit', on('audit'));
    const team = { name: 'Đội tài liệu', unitCode: report.unitCode, skills: ['trash'], position: [105.79, 21.0] };
    const created = (await call(201, 'post /api/teams', { body: team })) as { id: string };
    const teamUrl = (what: string) => ({ url: `/api/teams/${created.id}/${what}` });
    await call(200, 'get /api/teams');
    await call(200, 'post /api/teams/{id}/position', { ...teamUrl('position'), body: { location: [105.791, 21.001] } });
    await call(200, 'get /api/reports/{id}/recommendations', { url: `/api/reports/${report.id}/recommendations?n=3` });
    await call(200, 'post /api/reports/{id}/assign', { ...on('assign'), body: { teamId: created.id } });
    await call(409, 'post /api/reports/{id}/assign', { ...on('assign'), body: { teamId: created.id } });
    await call(200, 'patch /api/teams/{id}/status', { ...teamUrl('status'), body: { status: 'on_site' } });
    await call(200, 'post /api/reports/{id}/actions', { ...on('actions'), body: { action: 'start' } });
    await call(422, 'post /api/reports/{id}/actions', { ...on('actions'), body: { action: 'resolve', note: 'Xong' } });
    const form = new FormData();
    form.append('command', JSON.stringify({ action: 'resolve', note: 'Đã thu gom' }));
    form.append('after', new Blob([await photoWithMetadata('jpeg')], { type: 'image/jpeg' }), 'after.jpg');
    const init = { method: 'POST', body: form, headers: admin.headers };
    const resolved = await ctx.a.app.request(`/api/reports/${report.id}/actions`, init);
    await conforms(doc, resolved, 'post', '/api/reports/{id}/actions', 200);
    const rating = { body: { rating: 'satisfied' }, who: NOBODY };
    await call(201, 'post /api/track/{code}/rating', { ...rating, url: `/api/track/${report.trackingCode}/rating` });
    await call(404, 'post /api/track/{code}/rating', { ...rating, url: '/api/track/NOPE-NOPE/rating' });
    await call(200, 'get /api/reports/overdue');
    await call(400, 'get /api/reports/overdue', { url: '/api/reports/overdue?limit=0' });
    await call(200, 'get /api/units/stats');
    await call(200, 'get /api/units/trend', { url: '/api/units/trend?bucket=week' });
    await call(400, 'get /api/units/trend', { url: '/api/units/trend?bucket=month' });
    await call(200, 'get /api/units', { who: NOBODY });
  });

  it('the exports stream each format with its documented media type', async () => {
    for (const format of ['csv', 'geojson', 'ndjson']) {
      await call(200, 'get /api/exports/reports.{format}', { url: `/api/exports/reports.${format}`, who: NOBODY });
      await call(200, 'get /api/exports/cells.{format}', { url: `/api/exports/cells.${format}?res=8`, who: NOBODY });
    }
    await call(400, 'get /api/exports/reports.{format}', { url: '/api/exports/reports.xlsx', who: NOBODY });
    await call(400, 'get /api/exports/cells.{format}', { url: '/api/exports/cells.csv?res=8&cursor=zz', who: NOBODY });
  });
});

describe('documented responses of the admin routes', () => {
  it('routing rules and settings, calendar days and due times validate', async () => {
    const rule = { rank: 5, category: 'trash', unitCode: null };
    const saved = (await call(201, 'post /api/admin/routing-rules', { body: rule })) as { id: string };
    const ruleUrl = `/api/admin/routing-rules/${saved.id}`;
    await call(200, 'get /api/admin/routing-rules');
    await call(200, 'put /api/admin/routing-rules/{id}', { url: ruleUrl, body: { ...rule, rank: 6 } });
    await call(422, 'post /api/admin/routing-rules', { body: { unitCode: 'NOPE' } });
    await call(204, 'delete /api/admin/routing-rules/{id}', { url: ruleUrl });
    await call(404, 'delete /api/admin/routing-rules/{id}', { url: ruleUrl });
    await call(200, 'get /api/admin/routing-settings');
    await call(200, 'put /api/admin/routing-settings', { body: { borderMeters: 40 } });
    const day = { url: '/api/admin/calendar-days/2030-01-02' };
    const holiday = { kind: 'holiday', nameVi: 'Nghỉ thử', nameEn: 'Test holiday' };
    await call(200, 'put /api/admin/calendar-days/{day}', { ...day, body: holiday });
    await call(200, 'get /api/admin/calendar-days', { url: '/api/admin/calendar-days?from=2030-01-01' });
    await call(204, 'delete /api/admin/calendar-days/{day}', day);
    await call(404, 'delete /api/admin/calendar-days/{day}', day);
    await call(200, 'get /api/admin/sla-policies');
    const policy = { url: '/api/admin/sla-policies/trash/high', body: { minutes: 120, workingTime: true } };
    await call(200, 'put /api/admin/sla-policies/{category}/{priority}', policy);
    await call(404, 'put /api/admin/sla-policies/{category}/{priority}', {
      ...policy,
      url: '/api/admin/sla-policies/nope/high',
    });
  });
});
