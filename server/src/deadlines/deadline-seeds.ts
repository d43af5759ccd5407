import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CalendarDay, SlaPolicy } from '../contracts/deadlines.js';
import { ReportPriority } from '../contracts/report.js';

/** seeds/sla-policies.json: one line per category, with its clock and minutes per priority. */
const PolicySeed = z
  .object({
    category: z.string(),
    workingTime: z.boolean(),
    minutes: z.record(ReportPriority, SlaPolicy.shape.minutes),
  })
  .strict();

/** The public holidays and make-up workdays of seeds/holidays.json. */
export async function readHolidays(dir: string): Promise<CalendarDay[]> {
  return z.array(CalendarDay.strict()).parse(JSON.parse(await readFile(dir + 'holidays.json', 'utf8')));
}

/** The SLA policies of seeds/sla-policies.json, one per category and priority. */
export async function readSlaPolicies(dir: string): Promise<SlaPolicy[]> {
  const seeds = z.array(PolicySeed).parse(JSON.parse(await readFile(dir + 'sla-policies.json', 'utf8')));
  return seeds.flatMap((s) =>
    ReportPriority.options.map((priority) => ({
      category: s.category,
      priority,
      minutes: s.minutes[priority],
      workingTime: s.workingTime,
    })),
  );
}
