import type { Context } from 'hono';
import type { Config } from '../config.js';
import type { ReportCreateInput } from '../contracts/report.js';
import type { Upload } from '../reports/reports.service.js';
import { Open311Error } from './respond.js';

/** A POST /requests body: text fields (first value wins), `attribute[code]` answers and `media` files. */
export interface Open311Form {
  fields: Record<string, string>;
  attributes: Record<string, string | string[]>;
  media: File[];
}

const ATTRIBUTE = /^attribute\[([^\]]+)\](\[\])?$/;

/** Reads form-urlencoded (the spec) or multipart with a `media` part (the GeoReporter apps). */
export async function readOpen311Form(c: Context): Promise<Open311Form> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
    throw new Open311Error(400, {
      vi: 'Hãy gửi yêu cầu dạng application/x-www-form-urlencoded, hoặc multipart/form-data kèm ảnh trong phần "media".',
      en: 'Send the request as application/x-www-form-urlencoded, or multipart/form-data with the photo in a "media" part.',
    });
  }
  let data: FormData;
  try {
    data = await c.req.formData();
  } catch {
    throw new Open311Error(400, { vi: 'Không đọc được biểu mẫu gửi lên.', en: 'The form body could not be read.' });
  }
  return collect(data);
}

function collect(data: FormData): Open311Form {
  const form: Open311Form = { fields: {}, attributes: {}, media: [] };
  for (const [key, value] of data.entries()) {
    if (typeof value !== 'string') {
      if (key === 'media') form.media.push(value);
      continue; // other file parts are not part of any Open311 client's request
    }
    const attribute = ATTRIBUTE.exec(key);
    if (attribute) {
      const code = attribute[1]!;
      const list = attribute[2] !== undefined;
      const prior = form.attributes[code];
      form.attributes[code] = list ? [...(Array.isArray(prior) ? prior : []), value] : value;
    } else if (!(key in form.fields)) {
      form.fields[key] = value;
    }
  }
  return form;
}

/** The photo checks of the intake, applied to `media` parts, then read into memory. */
export async function mediaUploads(files: File[], limits: Config['upload']): Promise<Upload[]> {
  if (files.length > limits.maxFiles) {
    throw new Open311Error(400, {
      vi: `Mỗi phản ánh có tối đa ${limits.maxFiles} ảnh.`,
      en: `At most ${limits.maxFiles} photos per request.`,
    });
  }
  for (const f of files) {
    if (f.size > limits.maxFileBytes) {
      throw new Open311Error(400, {
        vi: `Ảnh lớn hơn ${limits.maxFileBytes / 1024 / 1024} MB. Hãy gửi ảnh nhỏ hơn.`,
        en: `The photo is larger than ${limits.maxFileBytes / 1024 / 1024} MB. Send a smaller one.`,
      });
    }
  }
  return Promise.all(
    files.map(async (f) => ({ name: f.name || 'media', data: new Uint8Array(await f.arrayBuffer()) })),
  );
}

const text = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
const number = (v: string | undefined) => (text(v) === undefined ? undefined : Number(v));

/**
 * The form in our words. A location must be lat + long: with no geocoder, an address alone
 * cannot place a report in a ward. A missing description becomes the service's name.
 */
export function reportInput(f: Record<string, string>, serviceName: string): unknown {
  const lat = number(f.lat);
  const lng = number(f.long);
  if (lat === undefined || lng === undefined) {
    throw new Open311Error(400, {
      vi: 'Cần vị trí bằng vĩ độ và kinh độ (lat, long); địa chỉ (address_string, address_id) không đủ để xác định phường.',
      en: 'A location as lat and long is required; an address (address_string, address_id) alone cannot be placed in a ward.',
    });
  }
  const name = [text(f.first_name), text(f.last_name)].filter(Boolean).join(' ');
  const reporter = { name: name || undefined, phone: text(f.phone), email: text(f.email) };
  const hasReporter = Object.values(reporter).some((v) => v !== undefined);
  const input: Record<string, unknown> = {
    category: f.service_code,
    description: text(f.description) ?? serviceName,
    location: [lng, lat],
  };
  if (text(f.address_string)) input.address = text(f.address_string);
  if (hasReporter) input.reporter = Object.fromEntries(Object.entries(reporter).filter(([, v]) => v !== undefined));
  return input satisfies Partial<Record<keyof ReportCreateInput, unknown>>;
}

/** Our field names in a validation issue → the Open311 names the client sent. */
export const OPEN311_FIELD: Record<string, string> = {
  category: 'service_code',
  description: 'description',
  'location.0': 'long',
  'location.1': 'lat',
  address: 'address_string',
  'reporter.name': 'first_name, last_name',
  'reporter.phone': 'phone',
  'reporter.email': 'email',
};
