import type { Context } from 'hono';
import type { z } from 'zod';
import type { Config } from '../config.js';
import { AppError, parseJsonOr400, parseOr400 } from '../http/errors.js';
import { cleanImage, type CleanImage } from '../media/images.js';

/**
 * A JSON body, or multipart with the JSON in a `field` part and at most one photo in `photoField`:
 * how staff attach an after photo to "resolve" and citizens a photo to a rating.
 */
export async function readBodyWithPhoto<S extends z.ZodType>(
  c: Context,
  schema: S,
  what: string,
  field: string,
  photoField: string,
  limits: Config['upload'],
): Promise<{ value: z.infer<S>; photo?: CleanImage }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/json'))
    return { value: parseOr400(schema, parseJsonOr400(await c.req.text()), what) };
  if (!type.startsWith('multipart/form-data')) {
    throw new AppError(415, 'unsupported_content_type', {
      vi: 'Hãy gửi dạng application/json, hoặc multipart/form-data kèm ảnh.',
      en: 'Send application/json, or multipart/form-data with a photo.',
    });
  }
  const form = await c.req.parseBody().catch(() => {
    throw new AppError(400, 'invalid_multipart', {
      vi: 'Không đọc được biểu mẫu gửi lên. Hãy gửi lại.',
      en: 'The multipart body could not be read. Resend the form.',
    });
  });
  const raw = form[field];
  const value = parseOr400(schema, parseJsonOr400(typeof raw === 'string' ? raw : ''), what);
  const file = form[photoField];
  if (!(file instanceof File)) return { value };
  if (file.size > limits.maxFileBytes) {
    throw new AppError(413, 'file_too_large', {
      vi: `Ảnh lớn hơn ${limits.maxFileBytes / 1024 / 1024} MB. Hãy gửi ảnh nhỏ hơn.`,
      en: `The photo is larger than ${limits.maxFileBytes / 1024 / 1024} MB. Send a smaller photo.`,
    });
  }
  return { value, photo: await cleanImage(new Uint8Array(await file.arrayBuffer()), file.name || 'photo') };
}
