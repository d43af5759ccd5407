import type { RoutingRule, RoutingRuleInput } from '../contracts/routing.js';
import type { Db } from '../db/pool.js';
import { AppError } from '../http/errors.js';
import { newId } from '../reports/ids.js';
import * as repo from './routing.repository.js';

export const ruleNotFound = () =>
  new AppError(404, 'rule_not_found', { vi: 'Không có quy tắc định tuyến này.', en: 'No such routing rule.' });

/** A foreign key names what is unknown (a category, a ward or a unit); PostGIS refuses a bad area. */
function explain(err: { code?: string }): never {
  if (err.code === '23503') {
    throw new AppError(422, 'unknown_reference', {
      vi: 'Lĩnh vực, phường hoặc đơn vị trong quy tắc không tồn tại. Hãy kiểm tra category, wardCode, unitCode.',
      en: 'The rule names a category, ward or unit that does not exist. Check category, wardCode and unitCode.',
    });
  }
  if (err.code === 'XX000' || err.code === '22023') {
    throw new AppError(422, 'invalid_area', {
      vi: 'Vùng (area) không phải một đa giác hợp lệ.',
      en: 'The area is not a valid polygon.',
    });
  }
  throw err as Error;
}

export interface RoutingService {
  listRules(): Promise<RoutingRule[]>;
  addRule(input: RoutingRuleInput): Promise<RoutingRule>;
  replaceRule(id: string, input: RoutingRuleInput): Promise<RoutingRule>;
  deleteRule(id: string): Promise<void>;
  borderMeters(): Promise<number>;
  setBorderMeters(meters: number): Promise<number>;
}

/** Routing rules and settings are data that admins edit; new reports follow them at once. */
export function createRoutingService(db: Db, clock: () => Date): RoutingService {
  return {
    listRules: () => repo.listRules(db),
    addRule: (input) => repo.insertRule(db, newId(), input, clock()).catch(explain),
    async replaceRule(id, input) {
      const rule = await repo.updateRule(db, id, input, clock()).catch(explain);
      if (!rule) throw ruleNotFound();
      return rule;
    },
    async deleteRule(id) {
      if (!(await repo.deleteRule(db, id))) throw ruleNotFound();
    },
    borderMeters: () => repo.getBorderMeters(db),
    async setBorderMeters(meters) {
      await repo.setBorderMeters(db, meters, clock());
      return meters;
    },
  };
}
