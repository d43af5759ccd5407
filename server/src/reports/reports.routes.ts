import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { IdempotencyKey, ReportListQuery } from '../contracts/report.js';
import type { Config } from '../config.js';
import { AppError, parseOr400 } from '../http/errors.js';
import { readIntake } from './intake.js';
import type { ReportsService } from './reports.service.js';

const Id = z.string().uuid();

export function reportsRoutes(reports: ReportsService, limits: Config['upload']) {
  const maxBody = limits.maxFiles * limits.maxFileBytes + 1024 * 1024;
  const tooLarge = () => {
    throw new AppError(413, 'payload_too_large', {
      vi: `Yêu cầu lớn hơn ${Math.round(maxBody / 1024 / 1024)} MB. Hãy gửi ít ảnh hơn hoặc ảnh nhỏ hơn.`,
      en: `The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB. Send fewer or smaller photos.`,
    });
  };
  return new Hono()
    .post('/', bodyLimit({ maxSize: maxBody, onError: tooLarge }), async (c) => {
      const rawKey = c.req.header('idempotency-key');
      const key = rawKey === undefined ? null : parseOr400(IdempotencyKey, rawKey, 'Idempotency-Key header');
      const { input, uploads } = await readIntake(c, limits);
      const [report, created] = await reports.create(input, uploads, key);
      if (!created) c.header('Idempotent-Replayed', 'true');
      return c.json(report, 201);
    })
    .get('/', async (c) => c.json(await reports.list(parseOr400(ReportListQuery, c.req.query(), 'report query'))))
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const report = Id.safeParse(id).success ? await reports.get(id) : null;
      if (!report)
        throw new AppError(404, 'report_not_found', {
          vi: 'Không có phản ánh với mã này.',
          en: 'No report with this id.',
        });
      return c.json(report);
    });
}

export function trackRoutes(reports: ReportsService) {
  return new Hono().get('/:code', async (c) => {
    const code = c.req.param('code');
    const tracked = code.length <= 20 ? await reports.track(code) : null;
    if (!tracked)
      throw new AppError(404, 'tracking_code_not_found', {
        vi: 'Không có phản ánh nào với mã theo dõi này. Hãy kiểm tra lại mã trên biên nhận.',
        en: 'No report has this tracking code. Check the code on your receipt.',
      });
    return c.json(tracked);
  });
}
