import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Config } from '../config.js';
import { ReportCommand, RatingInput } from '../contracts/workflow.js';
import type { AuthEnv } from '../auth/actor.js';
import { AppError } from '../http/errors.js';
import { readBodyWithPhoto } from './command-body.js';
import type { RatingService } from './rating.service.js';
import type { StaffService } from './staff.service.js';
import type { WorkflowService } from './workflow.service.js';
import { reportNotFound } from './errors.js';

const Id = z.string().uuid();
const reportId = (raw: string) => {
  if (!Id.safeParse(raw).success) throw reportNotFound();
  return raw;
};

/** At most one photo and its JSON: refused before the body is read in full. */
function oneUploadLimit(limits: Config['upload']) {
  const maxSize = limits.maxFileBytes + 64 * 1024;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'payload_too_large', {
        vi: `Yêu cầu lớn hơn ${Math.round(maxSize / 1024 / 1024)} MB. Hãy gửi một ảnh nhỏ hơn.`,
        en: `The request is larger than ${Math.round(maxSize / 1024 / 1024)} MB. Send one smaller photo.`,
      });
    },
  });
}

/** Staff's side of a report: act on it, read its handling state, its holdings and its audit trail. */
export function workflowRoutes(workflow: WorkflowService, staff: StaffService, limits: Config['upload']) {
  return new Hono<AuthEnv>()
    .post('/:id/actions', oneUploadLimit(limits), async (c) => {
      const id = reportId(c.req.param('id'));
      const { value, photo } = await readBodyWithPhoto(c, ReportCommand, 'action', 'command', 'after', limits);
      return c.json(await workflow.act(c.get('actor'), id, value, photo));
    })
    .get('/:id/staff', async (c) => c.json(await staff.get(c.get('actor'), reportId(c.req.param('id')))))
    .get('/:id/holdings', async (c) =>
      c.json({ items: await staff.holdings(c.get('actor'), reportId(c.req.param('id'))) }),
    )
    .get('/:id/audit', async (c) => c.json({ items: await staff.audit(c.get('actor'), reportId(c.req.param('id'))) }));
}

/** The citizen's rating, with the tracking code (no sign-in). */
export function ratingRoutes(ratings: RatingService, limits: Config['upload']) {
  return new Hono<AuthEnv>().post('/:code/rating', oneUploadLimit(limits), async (c) => {
    const code = c.req.param('code');
    if (code.length > 20) {
      throw new AppError(404, 'tracking_code_not_found', {
        vi: 'Không có phản ánh nào với mã theo dõi này. Hãy kiểm tra lại mã trên biên nhận.',
        en: 'No report has this tracking code. Check the code on your receipt.',
      });
    }
    const { value, photo } = await readBodyWithPhoto(c, RatingInput, 'rating', 'rating', 'photo', limits);
    return c.json(await ratings.rate(code, value, photo), 201);
  });
}
