import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config.js';
import { preferredLanguage } from '../http/errors.js';
import { encodeCursor } from '../reports/cursor.js';
import type { Open311Service } from './open311.service.js';
import { readOpen311Form } from './post-form.js';
import { parseRequestsQuery } from './requests-query.js';
import { open311OnError, Open311Error, respond, splitFormat, type Format } from './respond.js';
import type { XmlValue } from './xml.js';

const SPEC = 'http://wiki.open311.org/GeoReport_v2';
const CHANGESET = '2026-12-01T00:00:00Z'; // when this endpoint's behaviour last changed
const FORMATS = ['json', 'xml'] as const;

const lang = (c: Context) => preferredLanguage(c.req.header('accept-language'));
const origin = (c: Context) => new URL(c.req.url).origin;
const out = (v: unknown) => v as XmlValue; // plain JSON data: the XML writer takes it as it is

function discovery(c: Context) {
  return {
    changeset: CHANGESET,
    contact: 'Mắt Thần — Hà Nội field reports. Báo lỗi / issues: the administrators of this server.',
    key_service:
      'Khóa API do quản trị viên cấp (npm run api-key -- create) / API keys are issued by the administrators.',
    endpoints: [
      {
        specification: SPEC,
        url: `${origin(c)}/open311/v2`,
        changeset: CHANGESET,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

/** `services/trash.json` and the like: the last segment names the resource and the format. */
function resource(c: Context): { name: string; format: Format } {
  const split = splitFormat(c.req.param('file') ?? '');
  if (!split) throw notFound();
  return split;
}

function notFound(): Open311Error {
  return new Open311Error(404, {
    vi: 'Không có tài nguyên này. Các đường dẫn kết thúc bằng .json hoặc .xml, xem discovery.json.',
    en: 'No such resource. Paths end in .json or .xml; see discovery.json.',
  });
}

/** The GeoReport v2 endpoint, mounted at /open311/v2; every error leaves as the spec's error array. */
export function open311Routes(open311: Open311Service, limits: Config['upload']) {
  const maxBody = limits.maxFiles * limits.maxFileBytes + 1024 * 1024;
  const tooLarge = () => {
    throw new Open311Error(400, {
      vi: `Yêu cầu lớn hơn ${Math.round(maxBody / 1024 / 1024)} MB.`,
      en: `The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.`,
    });
  };
  const app = new Hono();
  app.onError(open311OnError);
  for (const format of FORMATS) {
    app.get(`/discovery.${format}`, (c) => respond(c, format, 'discovery', out(discovery(c))));
    app.get(`/services.${format}`, async (c) => {
      open311.checkJurisdiction(c.req.query('jurisdiction_id'));
      return respond(c, format, 'services', out(await open311.services(lang(c))));
    });
    app.get(`/requests.${format}`, async (c) => {
      const q = parseRequestsQuery(c.req.queries());
      open311.checkJurisdiction(q.jurisdiction_id);
      const { items, next } = await open311.list(q, lang(c), origin(c));
      if (next) {
        const url = new URL(c.req.url);
        url.searchParams.set('cursor', encodeCursor(next));
        c.header('Link', `<${url.toString()}>; rel="next"`);
      }
      return respond(c, format, 'service_requests', out(items));
    });
    app.post(`/requests.${format}`, bodyLimit({ maxSize: maxBody, onError: tooLarge }), async (c) => {
      const form = await readOpen311Form(c);
      const created = await open311.create(form, lang(c), c.req.header('idempotency-key'));
      return respond(c, format, 'service_requests', out([created]), 201);
    });
  }
  app.get('/services/:file', async (c) => {
    const { name, format } = resource(c);
    open311.checkJurisdiction(c.req.query('jurisdiction_id'));
    return respond(c, format, 'service_definition', out(await open311.serviceDefinition(name)));
  });
  app.get('/requests/:file', async (c) => {
    const { name, format } = resource(c);
    open311.checkJurisdiction(c.req.query('jurisdiction_id'));
    return respond(c, format, 'service_requests', out([await open311.get(name, lang(c), origin(c))]));
  });
  app.get('/tokens/:file', async (c) => {
    const { name, format } = resource(c);
    open311.checkJurisdiction(c.req.query('jurisdiction_id'));
    return respond(c, format, 'service_requests', out([await open311.token(name)]));
  });
  app.all('*', () => {
    throw notFound();
  });
  return app;
}
