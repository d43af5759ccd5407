import { beforeAll, describe, expect, it } from 'vitest';
import { HOAN_KIEM, jsonPost, useTestApp } from '../testing/app.js';
import { bothFormats, readJson, readXml } from './testing.js';
import type { Service, ServiceRequest } from './service-request.js';

const ctx = useTestApp();
const V2 = '/open311/v2';
const get = (path: string, init?: RequestInit) => ctx.a.app.request(path, init);

type ErrorItem = { code: number; description: string };

/** A report through our own intake, to look at through Open311. */
async function report(description: string, category = 'trash'): Promise<{ id: string; trackingCode: string }> {
  const res = await get('/api/reports', jsonPost({ category, description, location: HOAN_KIEM }));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; trackingCode: string };
}

describe('Open311 discovery and services', () => {
  it('describes the endpoint in discovery.json and discovery.xml', async () => {
    const { json } = await bothFormats<{ endpoints: { url: string; formats: string[]; specification: string }[] }>(
      get,
      `${V2}/discovery`,
      'discovery',
    );
    expect(json.endpoints[0]).toMatchObject({
      url: 'http://localhost/open311/v2',
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['text/xml', 'application/json'],
    });
  });

  it('lists our categories as services, as the spec’s sample URL asks (services.xml?jurisdiction_id=…)', async () => {
    const { json } = await bothFormats<Service[]>(get, `${V2}/services`, 'services', '?jurisdiction_id=hanoi.gov.vn');
    const categories = (await (await get('/api/categories')).json()) as { code: string; nameVi: string }[];
    expect(json.map((s) => s.service_code)).toEqual(categories.map((c) => c.code));
    const trash = json.find((s) => s.service_code === 'trash')!;
    expect(trash).toMatchObject({ service_name: categories.find((c) => c.code === 'trash')!.nameVi, metadata: false });
    expect(trash.type).toBe('realtime');
    const en = await readJson<Service[]>(await get(`${V2}/services.json`, { headers: { 'accept-language': 'en' } }));
    expect(en.find((s) => s.service_code === 'trash')!.service_name).toBe('Trash');
  });

  it('gives a service definition with no attributes, and 404 for an unknown code', async () => {
    const { json } = await bothFormats<{ service_code: string; attributes: unknown[] }>(
      get,
      `${V2}/services/trash`,
      'service_definition',
      '?jurisdiction_id=hanoi.gov.vn',
    );
    expect(json).toEqual({ service_code: 'trash', attributes: [] });
    const { json: errors } = await bothFormats<ErrorItem[]>(get, `${V2}/services/033`, 'errors', '', 404);
    expect(errors).toEqual([{ code: 404, description: expect.stringContaining('033') }]);
  });

  it('answers 404 for another jurisdiction, as the spec’s sample jurisdiction city.gov', async () => {
    const res = await get(`${V2}/services.xml?jurisdiction_id=city.gov`);
    expect(res.status).toBe(404);
    const xml = await readXml(res);
    expect(xml).toEqual({ errors: { error: [{ code: '404', description: expect.stringContaining('city.gov') }] } });
  });

  it('answers unknown paths and formats with the error array', async () => {
    const res = await get(`${V2}/services.csv`);
    expect(res.status).toBe(404);
    expect(await readJson(res)).toEqual([{ code: 404, description: expect.any(String) }]);
    expect((await get(`${V2}/requests/abc.html`)).status).toBe(404);
    for (const odd of ['requests/%25.json', `requests/${'-'.repeat(36)}.json`, 'services/%25.xml', 'tokens/%25.json']) {
      expect((await get(`${V2}/${odd}`)).status, odd).toBe(404);
    }
    expect((await get(`${V2}/requests.json?service_request_id=${'-'.repeat(36)}`)).status).toBe(200);
  });
});

describe('Open311 service requests', () => {
  let first: { id: string; trackingCode: string };
  let second: { id: string; trackingCode: string };
  beforeAll(async () => {
    first = await report('Rác <đổ> trộm & "ngay" ở ngõ 5');
    second = await report('Đèn đường hỏng', 'traffic');
    await ctx.t.db.query(`UPDATE reports SET status = 'duplicate' WHERE id = $1`, [second.id]);
  });

  it('shows one request in both formats, XML escaped, with the ward as agency_responsible', async () => {
    const { json } = await bothFormats<ServiceRequest[]>(get, `${V2}/requests/${first.id}`, 'service_requests');
    expect(json).toEqual([
      expect.objectContaining({
        service_request_id: first.id,
        status: 'open',
        status_notes: 'Mới tiếp nhận',
        service_code: 'trash',
        description: 'Rác <đổ> trộm & "ngay" ở ngõ 5',
        agency_responsible: 'Phường Hoàn Kiếm',
        lat: HOAN_KIEM[1],
        long: HOAN_KIEM[0],
        media_url: null,
      }),
    ]);
    expect(json[0]!.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('maps our statuses to open and closed, with the detail in status_notes', async () => {
    const closed = await readJson<ServiceRequest[]>(await get(`${V2}/requests.json?status=closed`));
    expect(closed.map((r) => [r.service_request_id, r.status, r.status_notes])).toEqual([
      [second.id, 'closed', 'Trùng với phản ánh khác'],
    ]);
    const open = await readJson<ServiceRequest[]>(await get(`${V2}/requests.json?status=open`));
    expect(open.map((r) => r.service_request_id)).toEqual([first.id]);
    const both = await readJson<ServiceRequest[]>(await get(`${V2}/requests.json?status=open&status=closed`));
    expect(both.map((r) => r.service_request_id)).toEqual([second.id, first.id]);
  });

  it('lists requests newest first in both formats, filtered by service_code and by ids', async () => {
    const { json } = await bothFormats<ServiceRequest[]>(get, `${V2}/requests`, 'service_requests');
    expect(json.map((r) => r.service_request_id)).toEqual([second.id, first.id]);
    const trash = await readJson<ServiceRequest[]>(await get(`${V2}/requests.json?service_code=trash`));
    expect(trash.map((r) => r.service_request_id)).toEqual([first.id]);
    const ids = await readJson<ServiceRequest[]>(
      await get(`${V2}/requests.json?service_request_id=${first.id},nope&service_code=traffic`),
    );
    expect(ids.map((r) => r.service_request_id)).toEqual([first.id]); // ids override every other argument
  });

  it('takes the spec’s sample query and refuses a range over 90 days', async () => {
    const sample =
      '?start_date=2010-05-24T00:00:00Z&end_date=2010-06-24T00:00:00Z&status=open&jurisdiction_id=hanoi.gov.vn';
    const { json } = await bothFormats<ServiceRequest[]>(get, `${V2}/requests`, 'service_requests', sample);
    expect(json).toEqual([]);
    const wide = await get(`${V2}/requests.json?start_date=2010-01-01T00:00:00Z&end_date=2011-01-01T00:00:00Z`);
    expect(wide.status).toBe(400);
    expect(await readJson(wide)).toEqual([{ code: 400, description: expect.stringContaining('90') }]);
    expect((await get(`${V2}/requests.json?status=pending`)).status).toBe(400);
    expect((await get(`${V2}/requests.json?cursor=garbage`)).status).toBe(400);
  });

  it('never shows who reported, even when the report carries contact details', async () => {
    const res = await get(
      '/api/reports',
      jsonPost({
        category: 'trash',
        description: 'Có người để lại liên hệ',
        location: HOAN_KIEM,
        reporter: { name: 'Nguyễn Văn A', phone: '+84 912 345 678', email: 'a@example.vn' },
      }),
    );
    const { id } = (await res.json()) as { id: string };
    const single = await (await get(`${V2}/requests/${id}.xml`)).text();
    const list = await (await get(`${V2}/requests.json`)).text();
    for (const body of [single, list])
      for (const secret of ['Nguyễn Văn A', '912 345', 'a@example.vn']) expect(body).not.toContain(secret);
  });

  it('resolves a tracking code as a token, and 404s an unknown request or token', async () => {
    const { json } = await bothFormats(get, `${V2}/tokens/${first.trackingCode}`, 'service_requests');
    expect(json).toEqual([{ service_request_id: first.id, token: first.trackingCode }]);
    const missing = await get(`${V2}/requests/0190f3a2-6b1c-7d2e-8f3a-1b2c3d4e5f60.xml`);
    expect(missing.status).toBe(404);
    expect(await readXml(missing)).toEqual({
      errors: { error: [{ code: '404', description: expect.stringContaining('0190f3a2') }] },
    });
    expect((await get(`${V2}/tokens/NOPE0-NOPE0.json`)).status).toBe(404);
  });
});
