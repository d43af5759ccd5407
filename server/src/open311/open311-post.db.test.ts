import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { photoWithMetadata } from '../testing/fixtures.js';
import { countRows, HOAN_KIEM, useTestApp } from '../testing/app.js';
import { createApiKeysService } from './api-keys.service.js';
import type { ServiceRequest } from './service-request.js';
import { readJson, readXml } from './testing.js';

const ctx = useTestApp();
const V2 = '/open311/v2';
let key = '';
beforeAll(async () => {
  key = (await createApiKeysService(ctx.t.db).issue({ name: 'test client' })).key;
});

// The spec's "Example Request" body, byte for byte (POST /dev/v2/requests.xml).
const SPEC_EXAMPLE =
  'api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001';

/** The spec's example with our key, jurisdiction, a service of ours and a place in Hà Nội. */
const ourExample = () =>
  SPEC_EXAMPLE.replace('api_key=xyz', `api_key=${key}`)
    .replace('jurisdiction_id=city.gov', 'jurisdiction_id=hanoi.gov.vn')
    .replace('service_code=001', 'service_code=trash')
    .replace('lat=37.76524078&long=-122.4212043', `lat=${HOAN_KIEM[1]}&long=${HOAN_KIEM[0]}`);

const post = (format: 'json' | 'xml', body: string | FormData, contentType?: string) =>
  ctx.a.app.request(`${V2}/requests.${format}`, {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  });
const form = (body: string) => ['application/x-www-form-urlencoded; charset=utf-8', body] as const;
const postForm = (format: 'json' | 'xml', body: string) => post(format, form(body)[1], form(body)[0]);

async function contactOf(id: string) {
  const { rows } = await ctx.t.db.query('SELECT name, phone, email FROM report_contacts WHERE report_id = $1', [id]);
  return rows[0];
}

describe('Open311 POST requests', () => {
  it('refuses the spec’s example request as sent (api_key=xyz) with 403 and writes nothing', async () => {
    const before = await countRows(ctx.t);
    const res = await postForm('xml', SPEC_EXAMPLE);
    expect(res.status).toBe(403);
    expect(await readXml(res)).toEqual({
      errors: { error: [{ code: '403', description: expect.stringContaining('api_key') }] },
    });
    const json = await postForm('json', SPEC_EXAMPLE.replace('api_key=xyz&', ''));
    expect(json.status).toBe(403);
    expect(await readJson(json)).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    expect(await countRows(ctx.t)).toEqual(before);
  });

  it('creates a report from the spec’s example shape, storing address and contact but never showing them', async () => {
    const res = await postForm('xml', ourExample());
    expect(res.status).toBe(201);
    const xml = (await readXml(res)) as { service_requests: { request: Record<string, string>[] } };
    const created = xml.service_requests.request[0]!;
    expect(created).toEqual({
      service_request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      service_notice: expect.stringMatching(/Mã theo dõi: [0-9A-Z]{5}-[0-9A-Z]{5}/),
      account_id: '',
    });
    const id = created.service_request_id!;
    expect(await contactOf(id)).toEqual({ name: 'john smith', phone: '111111111', email: 'smit333@sfgov.edu' });
    const shown = await readJson<ServiceRequest[]>(await ctx.a.app.request(`${V2}/requests/${id}.json`));
    expect(shown[0]).toMatchObject({
      service_code: 'trash',
      address: '1234 5th street',
      description: 'A large sinkhole is destroying the street',
      status: 'open',
      lat: HOAN_KIEM[1],
      long: HOAN_KIEM[0],
    });
    const text = JSON.stringify(shown);
    for (const secret of ['smit333', 'john', 'smith', '111111111', 'tt222111', '123456'])
      expect(text).not.toContain(secret);
  });

  it('takes a GeoReporter form post (urlencoded, JSON reply) and an empty description', async () => {
    const fields = new URLSearchParams({
      service_code: 'traffic',
      jurisdiction_id: 'hanoi.gov.vn',
      api_key: key,
      lat: String(HOAN_KIEM[1]),
      long: String(HOAN_KIEM[0]),
      address_string: 'Phố Đinh Tiên Hoàng, Hoàn Kiếm',
      description: '',
      email: 'nguoi.dan@example.vn',
      first_name: 'Thị',
      last_name: 'Lan',
      phone: '0912345678',
      device_id: 'android-1',
      media_url: '',
    });
    fields.append('attribute[LANE][]', 'left');
    fields.append('attribute[LANE][]', 'right');
    const res = await post('json', fields.toString(), 'application/x-www-form-urlencoded; charset=UTF-8');
    expect(res.status).toBe(201);
    const [created] = await readJson<{ service_request_id: string; account_id: null }[]>(res);
    expect(created!.account_id).toBeNull();
    const [shown] = await readJson<ServiceRequest[]>(
      await ctx.a.app.request(`${V2}/requests/${created!.service_request_id}.json`),
    );
    expect(shown).toMatchObject({ address: 'Phố Đinh Tiên Hoàng, Hoàn Kiếm', description: shown!.service_name });
    expect(await contactOf(created!.service_request_id)).toEqual({
      name: 'Thị Lan',
      phone: '0912345678',
      email: 'nguoi.dan@example.vn',
    });
  });

  it('takes a GeoReporter multipart post with a media JPEG part, cleaned and linked as media_url', async () => {
    const body = new FormData();
    for (const [k, v] of Object.entries({
      service_code: 'trash',
      jurisdiction_id: 'hanoi.gov.vn',
      api_key: key,
      lat: String(HOAN_KIEM[1]),
      long: String(HOAN_KIEM[0]),
      description: 'Rác cạnh hồ, có ảnh',
    }))
      body.append(k, v);
    body.append(
      'media',
      new Blob([new Uint8Array(await photoWithMetadata('jpeg'))], { type: 'image/jpeg' }),
      'media.jpg',
    );
    const res = await post('json', body);
    expect(res.status).toBe(201);
    const [created] = await readJson<{ service_request_id: string }[]>(res);
    const [shown] = await readJson<ServiceRequest[]>(
      await ctx.a.app.request(`${V2}/requests/${created!.service_request_id}.json`),
    );
    expect(shown!.media_url).toMatch(/^http:\/\/localhost\/media\/[0-9a-f-]{36}\/1\.jpg$/);
    const photo = await ctx.a.app.request(new URL(shown!.media_url!).pathname);
    expect(photo.status).toBe(200);
    const bytes = Buffer.from(await photo.arrayBuffer());
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(bytes.includes('SECRET-ARTIST')).toBe(false); // EXIF stripped by the intake's photo cleaning
    const onDisk = await readFile(`${ctx.a.mediaDir}/${new URL(shown!.media_url!).pathname.slice('/media/'.length)}`);
    expect(onDisk.equals(bytes)).toBe(true);
  });

  it('honours our Idempotency-Key header when a client sends one, and nothing else dedupes', async () => {
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'georeporter-retry-1' };
    const send = () => ctx.a.app.request(`${V2}/requests.json`, { method: 'POST', headers, body: ourExample() });
    const [a] = await readJson<{ service_request_id: string }[]>(await send());
    const [b] = await readJson<{ service_request_id: string }[]>(await send());
    expect(b!.service_request_id).toBe(a!.service_request_id);
    const [c] = await readJson<{ service_request_id: string }[]>(await postForm('json', ourExample()));
    expect(c!.service_request_id).not.toBe(a!.service_request_id); // the spec's POST is not idempotent
  });

  it('answers 400 for a missing service_code or location and 404 for an unknown one, writing nothing', async () => {
    const before = await countRows(ctx.t);
    const cases: [string, number, RegExp][] = [
      [ourExample().replace('service_code=trash&', ''), 400, /service_code/],
      [ourExample().replace('service_code=trash', 'service_code=001'), 404, /001/],
      [ourExample().replace(/lat=[^&]*&long=[^&]*&/, ''), 400, /lat/],
      [ourExample().replace('jurisdiction_id=hanoi.gov.vn', 'jurisdiction_id=city.gov'), 404, /city\.gov/],
      [
        ourExample().replace(`lat=${HOAN_KIEM[1]}&long=${HOAN_KIEM[0]}`, 'lat=37.76524078&long=-122.4212043'),
        400,
        /Hà Nội/,
      ],
      [ourExample().replace('email=smit333%40sfgov.edu', 'email=not-an-email'), 400, /email/],
    ];
    for (const [body, status, description] of cases) {
      const res = await postForm('json', body);
      expect(res.status).toBe(status);
      const errors = await readJson<{ code: number; description: string }[]>(res);
      expect(errors[0]!.code).toBe(status);
      expect(errors.map((e) => e.description).join(' ')).toMatch(description);
    }
    const json = await post('json', JSON.stringify({ service_code: 'trash' }), 'application/json');
    expect(json.status).toBe(400);
    expect(await countRows(ctx.t)).toEqual(before);
  });
});
