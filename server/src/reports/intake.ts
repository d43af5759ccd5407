import type { Context } from 'hono';
import { ReportCreateInput } from '../contracts/report.js';
import type { Config } from '../config.js';
import { AppError, parseJsonOr400, parseOr400 } from '../http/errors.js';
import type { Upload } from './reports.service.js';

export interface Intake {
  input: ReportCreateInput;
  uploads: Upload[];
}

/** Reads POST /api/reports as JSON, or multipart with photos; everything else is a 415. */
export async function readIntake(c: Context, limits: Config['upload']): Promise<Intake> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/json')) return { input: await readJson(c, limits.maxJsonBytes), uploads: [] };
  if (type.startsWith('multipart/form-data')) return readMultipart(c, limits);
  throw new AppError(415, 'unsupported_content_type', {
    vi: 'Hãy gửi phản ánh dạng application/json, hoặc multipart/form-data kèm ảnh.',
    en: 'Send the report as application/json, or as multipart/form-data with photos.',
  });
}

async function readJson(c: Context, maxBytes: number): Promise<ReportCreateInput> {
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxBytes) {
    throw new AppError(413, 'payload_too_large', {
      vi: `Phản ánh không kèm ảnh phải nhỏ hơn ${maxBytes / 1024} KB. Hãy rút gọn nội dung.`,
      en: `A report without photos must be under ${maxBytes / 1024} KB. Shorten the description.`,
    });
  }
  return parseOr400(ReportCreateInput, parseJsonOr400(text), 'report');
}

async function readMultipart(c: Context, limits: Config['upload']): Promise<Intake> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    throw new AppError(400, 'invalid_multipart', {
      vi: 'Không đọc được biểu mẫu gửi lên. Hãy gửi lại.',
      en: 'The multipart body could not be read. Resend the form.',
    });
  }
  const files: File[] = [];
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string') fields[key] = v;
      else files.push(v);
    }
  }
  if (files.length > limits.maxFiles) {
    throw new AppError(400, 'too_many_files', {
      vi: `Mỗi phản ánh có tối đa ${limits.maxFiles} ảnh.`,
      en: `At most ${limits.maxFiles} photos per report.`,
    });
  }
  for (const f of files) {
    if (f.size > limits.maxFileBytes) {
      throw new AppError(413, 'file_too_large', {
        vi: `Ảnh "${f.name}" lớn hơn ${limits.maxFileBytes / 1024 / 1024} MB. Hãy gửi ảnh nhỏ hơn.`,
        en: `"${f.name}" is larger than ${limits.maxFileBytes / 1024 / 1024} MB. Send a smaller photo.`,
      });
    }
  }
  const uploads = await Promise.all(
    files.map(async (f) => ({ name: f.name || 'photo', data: new Uint8Array(await f.arrayBuffer()) })),
  );
  return { input: parseOr400(ReportCreateInput, fieldsToInput(fields), 'report'), uploads };
}

/** Multipart text fields → the JSON shape: a `report` JSON part, or flat fields. */
function fieldsToInput(f: Record<string, string>): unknown {
  if (f.report !== undefined) {
    try {
      return JSON.parse(f.report);
    } catch {
      throw new AppError(400, 'invalid_json', {
        vi: 'Phần "report" không phải JSON hợp lệ.',
        en: 'The "report" part is not valid JSON.',
      });
    }
  }
  const location = f.location !== undefined ? parseLocation(f.location) : [num(f.lng), num(f.lat)];
  const reporter = { name: f.reporterName, phone: f.reporterPhone, email: f.reporterEmail };
  const hasReporter = Object.values(reporter).some((v) => v !== undefined && v !== '');
  return {
    category: f.category,
    description: f.description,
    location,
    ...(f.address ? { address: f.address } : {}),
    ...(hasReporter ? { reporter: Object.fromEntries(Object.entries(reporter).filter(([, v]) => v)) } : {}),
  };
}

function parseLocation(s: string): unknown {
  const t = s.trim();
  if (t.startsWith('[')) {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  }
  return t.split(',').map(num);
}

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : Number(s));
