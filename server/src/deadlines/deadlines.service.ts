import type { CalendarDay, CalendarDayInput, CalendarDaysQuery, SlaPolicy } from '../contracts/deadlines.js';
import type { ReportPriority } from '../contracts/report.js';
import type { Db } from '../db/pool.js';
import { AppError } from '../http/errors.js';
import { createCache } from '../lib/cache.js';
import type { Deadline, Deadlines } from './deadline.js';
import * as repo from './deadlines.repository.js';
import { calendarOf, deadlineFor, type WorkingCalendar } from './working-time.js';

/** What deadlines are computed from: every policy and the whole calendar (a few hundred rows). */
export interface DeadlineRules {
  policies: Map<string, SlaPolicy>;
  calendar: WorkingCalendar;
}

export type DeadlinesService = ReturnType<typeof createDeadlines>;

// Edits through the API reload at once; edits made straight in the database show within a minute.
const TTL_MS = 60_000;

const key = (category: string, priority: ReportPriority) => `${category}:${priority}`;

/** Loads the policies and the calendar (used by the service and by the demo seeder). */
export async function loadDeadlineRules(db: Db): Promise<DeadlineRules> {
  const [policies, days] = await Promise.all([repo.listSlaPolicies(db), repo.listCalendarDays(db)]);
  return { policies: new Map(policies.map((p) => [key(p.category, p.priority), p])), calendar: calendarOf(days) };
}

/** The deadline for a holding under these rules; null when the category has no policy. */
export function deadlineUnder(
  rules: DeadlineRules,
  category: string,
  priority: ReportPriority,
  start: Date,
): Deadline | null {
  const policy = rules.policies.get(key(category, priority));
  return policy ? deadlineFor(policy, start, rules.calendar) : null;
}

/**
 * Deadlines from the SLA policies and the working calendar, with admin edits to both.
 *
 * `dueFor` is called inside the workflow's transactions. On the embedded engine (one pooled
 * connection) a load there would wait for that very transaction, so the rules are loaded at once
 * when the service is made, and once loaded they are never waited for again: an expired copy is
 * served while the fresh one loads.
 */
export function createDeadlines(db: Db, clock: () => Date) {
  const cache = createCache<DeadlineRules>({ ttlMs: TTL_MS, max: 1, now: () => clock().getTime() });
  let current: DeadlineRules | null = null;
  let generation = 0;

  // A load started before an edit must not replace the rules loaded after it.
  const load = () => {
    const gen = generation;
    return cache.get(String(gen), () => loadDeadlineRules(db).then((r) => (gen === generation ? (current = r) : r)));
  };

  function rules(): Promise<DeadlineRules> {
    const loading = load();
    if (!current) return loading;
    loading.catch((err: Error) => console.error('[matthan] deadlines: reload failed:', err.message));
    return Promise.resolve(current);
  }

  /** Reloads after an edit; resolves once the new rules are in use. */
  async function invalidate(): Promise<void> {
    generation++;
    await load();
  }

  rules().catch(() => {}); // preload; a failure is retried by the first caller

  const service = {
    async dueFor(category: string, priority: ReportPriority, start: Date): Promise<Deadline | null> {
      return deadlineUnder(await rules(), category, priority, start);
    },
    async prepare(): Promise<void> {
      await rules();
    },
    invalidate,
    rules,
    listPolicies: () => repo.listSlaPolicies(db),
    async putPolicy(policy: SlaPolicy): Promise<SlaPolicy> {
      const saved = await repo.putSlaPolicy(db, policy);
      if (!saved) throw unknownCategory(policy.category);
      await invalidate();
      return saved;
    },
    listDays: (q: CalendarDaysQuery) => repo.listCalendarDays(db, q.from, q.to),
    async putDay(day: string, input: CalendarDayInput): Promise<CalendarDay> {
      const saved = await repo.putCalendarDay(db, day, input);
      await invalidate();
      return saved;
    },
    async deleteDay(day: string): Promise<void> {
      if (!(await repo.deleteCalendarDay(db, day))) {
        throw new AppError(404, 'calendar_day_not_found', {
          vi: `Ngày ${day} không có trong lịch ngày nghỉ / làm bù.`,
          en: `${day} is not in the calendar of holidays and make-up workdays.`,
        });
      }
      await invalidate();
    },
  } satisfies Deadlines & Record<string, unknown>;
  return service;
}

function unknownCategory(code: string): AppError {
  return new AppError(404, 'category_not_found', {
    vi: `Không có lĩnh vực "${code}". Xem GET /api/categories.`,
    en: `No category "${code}". See GET /api/categories.`,
  });
}
