// Response bodies by name: each becomes `#/components/schemas/<name>`, and a schema used inside
// another (User in SignedIn, Team in Assignment) becomes a `$ref` to its own entry.
import { z } from 'zod';
import { ApiKey, ApiKeyIssued, ApiKeyList } from '../contracts/api-key.js';
import { CurrentUser, SignedIn, User, UserList } from '../contracts/auth.js';
import { Category } from '../contracts/category.js';
import { CellsResponse } from '../contracts/cells.js';
import { CalendarDay, CalendarDayList, SlaPolicy, SlaPolicyList } from '../contracts/deadlines.js';
import { OverdueResponse, UnitStatsResponse } from '../contracts/leaderboard.js';
import { Assignment, Recommendations } from '../contracts/dispatch.js';
import { ErrorBody } from '../contracts/errors.js';
import { Health } from '../contracts/health.js';
import { EmergingResponse, HotspotsResponse } from '../contracts/hotspots.js';
import { MapConfig, Wards } from '../contracts/map.js';
import { PublicReport, Rating, ReportCreated, ReportDetail, ReportPage, TrackedReport } from '../contracts/report.js';
import { RoutingRule, RoutingRuleList, RoutingSettings } from '../contracts/routing.js';
import { Team, TeamList } from '../contracts/team.js';
import { CellSeriesResponse, MonthlyResponse, ReportBreakdown } from '../contracts/planning.js';
import { UnitList } from '../contracts/unit.js';
import { UnitTrendResponse } from '../contracts/leaderboard.js';
import { AuditTrail, HoldingList, StaffReport } from '../contracts/workflow.js';

export const COMPONENTS = {
  ErrorBody,
  Health,
  MapConfig,
  Category,
  CategoryList: z.array(Category).describe('Report categories, in display order'),
  Wards,
  CellsResponse,
  CellSeriesResponse,
  MonthlyResponse,
  ReportBreakdown,
  HotspotsResponse,
  EmergingResponse,
  PublicReport,
  ReportCreated,
  ReportDetail,
  ReportPage,
  TrackedReport,
  Rating,
  User,
  SignedIn,
  CurrentUser,
  UserList,
  UnitList,
  UnitStatsResponse,
  UnitTrendResponse,
  OverdueResponse,
  StaffReport,
  HoldingList,
  AuditTrail,
  Team,
  TeamList,
  Recommendations,
  Assignment,
  RoutingRule,
  RoutingRuleList,
  RoutingSettings,
  CalendarDay,
  CalendarDayList,
  SlaPolicy,
  SlaPolicyList,
  ApiKey,
  ApiKeyList,
  ApiKeyIssued,
} satisfies Record<string, z.ZodType>;
export type ComponentName = keyof typeof COMPONENTS;
