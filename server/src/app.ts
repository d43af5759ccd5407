import { existsSync, mkdirSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Config } from './config.js';
import type { MapConfig } from './contracts/map.js';
import type { Db } from './db/pool.js';
import { authRoutes, usersRoutes } from './auth/auth.routes.js';
import { createAuthService } from './auth/auth.service.js';
import { createLoginLimiter } from './auth/login-limiter.js';
import { sessionMiddleware } from './auth/session.middleware.js';
import { categoriesRoutes } from './categories/categories.routes.js';
import { createCategoriesService } from './categories/categories.service.js';
import { cellsRoutes } from './cells/cells.routes.js';
import { createCellsService } from './cells/cells.service.js';
import { deadlinesAdminRoutes } from './deadlines/deadlines.routes.js';
import { createDeadlines } from './deadlines/deadlines.service.js';
import { createLeaderboardService } from './leaderboard/stats.service.js';
import { createAssignment } from './dispatch/assignment.js';
import { dispatchRoutes } from './dispatch/dispatch.routes.js';
import { createDispatchService } from './dispatch/dispatch.service.js';
import { exportsRoutes } from './exports/exports.routes.js';
import { createExportsService } from './exports/exports.service.js';
import { metaRoutes } from './health/health.routes.js';
import { createHealthService } from './health/health.service.js';
import { hotspotsRoutes } from './hotspots/hotspots.routes.js';
import { createHotspotsService } from './hotspots/hotspots.service.js';
import { notFound, onError } from './http/errors.js';
import { routes } from './http/route.js';
import { leaderboardRoutes, overdueRoutes } from './leaderboard/leaderboard.routes.js';
import { createMediaStore } from './media/media.store.js';
import { apiKeysRoutes } from './open311/api-keys.routes.js';
import { createApiKeysService } from './open311/api-keys.service.js';
import { open311Routes } from './open311/open311.routes.js';
import { createOpen311Service, OPEN311_JURISDICTION_ID } from './open311/open311.service.js';
import { openapiRoutes } from './openapi/openapi.routes.js';
import type { Broadcaster } from './realtime/broadcaster.js';
import { createReportWriter } from './reports/report-writer.js';
import { reportsRoutes, trackRoutes } from './reports/reports.routes.js';
import { createReportsService } from './reports/reports.service.js';
import { routingRoutes } from './routing/routing.routes.js';
import { createRoutingService } from './routing/routing.service.js';
import { teamsRoutes } from './teams/teams.routes.js';
import { createTeamsService } from './teams/teams.service.js';
import type { TileEncoding } from './tiles/tiles.repository.js';
import { tilesRoutes } from './tiles/tiles.routes.js';
import { createTilesService } from './tiles/tiles.service.js';
import { planningReportRoutes } from './planning/planning.routes.js';
import { createPlanningService } from './planning/planning.service.js';
import { unitsRoutes, wardsRoutes } from './units/units.routes.js';
import { createUnitsService } from './units/units.service.js';
import { createWardNames } from './units/ward-names.js';
import { createRatingService } from './workflow/rating.service.js';
import { createStaffService } from './workflow/staff.service.js';
import { ratingRoutes, workflowRoutes } from './workflow/workflow.routes.js';
import { createWorkflowService } from './workflow/workflow.service.js';

export interface AppDeps {
  db: Db;
  broadcaster: Broadcaster;
  config: Config;
  engine: 'embedded' | 'postgres';
  /** Who encodes vector tiles, from detectTileEncoding() at start-up. */
  tileEncoding: TileEncoding;
  clock?: () => Date;
}

const MEDIA_PATH = /^\/media\/[0-9a-f-]{36}\/\d+\.(jpg|png|webp)$/;

/** The whole HTTP API, built from its dependencies; no globals, so tests hand in a real database. */
export function createApp(deps: AppDeps) {
  const { db, broadcaster, config, engine } = deps;
  const clock = deps.clock ?? (() => new Date());
  const hotspots = createHotspotsService(db, clock);
  const categories = createCategoriesService(db);
  const media = createMediaStore(config.mediaDir);
  mkdirSync(config.mediaDir, { recursive: true });
  const deadlines = createDeadlines(db, clock);
  const leaderboard = createLeaderboardService(db, clock, deadlines);
  const reports = createReportsService({
    db,
    writer: createReportWriter(db, deadlines),
    media,
    broadcaster,
    categories,
    wards: createWardNames(db),
    deadlines,
    clock,
  });
  const auth = createAuthService(db, createLoginLimiter(), clock);
  const workflow = createWorkflowService({ db, deadlines, media, broadcaster, clock });
  const ratings = createRatingService({ db, deadlines, media, broadcaster, clock });
  const staff = createStaffService(db);
  const teams = createTeamsService({ db, broadcaster, categories, clock });
  const dispatch = createDispatchService({ db, clock });
  const planning = createPlanningService(db);
  const assignment = createAssignment({ db, broadcaster, clock });
  // Issued and revoked by admins (apiKeysRoutes checks apikeys.manage).
  const apiKeys = createApiKeysService(db, clock);
  const open311 = createOpen311Service({
    db,
    reports,
    categories,
    keys: apiKeys,
    upload: config.upload,
    clock,
    jurisdictionId: OPEN311_JURISDICTION_ID,
  });

  const mapConfig: MapConfig = {
    basemapStyleUrl: config.basemapStyleUrl,
    center: config.map.center,
    zoom: config.map.zoom,
  };
  const units = createUnitsService(db);
  const upload = config.upload;
  // One sub-app per path. No two routes of a path match the same URL (ids are UUID segments),
  // so the order of the `.route('/', …)` calls inside a path does not decide who answers.
  const root = routes();
  root.use(sessionMiddleware(auth));
  const api = root
    .route('/', metaRoutes(createHealthService(db, engine), mapConfig))
    .route('/auth', authRoutes(auth))
    .route(
      '/admin',
      routes()
        .route('/', usersRoutes(auth))
        .route('/', routingRoutes(createRoutingService(db, clock)))
        .route('/', deadlinesAdminRoutes(deadlines))
        .route('/', apiKeysRoutes(apiKeys)),
    )
    .route('/units', routes().route('/', unitsRoutes(units)).route('/', leaderboardRoutes(leaderboard)))
    .route('/categories', categoriesRoutes(categories))
    .route('/wards', wardsRoutes(units))
    .route('/cells', cellsRoutes(createCellsService(db), planning))
    .route('/exports', exportsRoutes(createExportsService(db)))
    .route('/hotspots', hotspotsRoutes(hotspots))
    .route(
      '/reports',
      routes()
        .route('/', reportsRoutes(reports, upload))
        .route('/', overdueRoutes(leaderboard))
        .route('/', planningReportRoutes(planning))
        .route('/', workflowRoutes(workflow, staff, upload))
        .route('/', dispatchRoutes(dispatch, assignment)),
    )
    .route('/teams', teamsRoutes(teams))
    .route('/track', routes().route('/', trackRoutes(reports)).route('/', ratingRoutes(ratings, upload)));
  root.route(
    '/',
    openapiRoutes(() => root.openAPIRegistry.definitions, '/api'),
  );

  const app = new Hono();
  app.onError(onError);
  app.use('/api/*', compress());
  app.route('/api', api);
  app.all('/api/*', notFound);
  app.route('/open311/v2', open311Routes(open311, config.upload)); // outside /api: a standard of its own
  app.use('/tiles/*', compress());
  app.route('/tiles/reports', tilesRoutes(createTilesService(db, deps.tileEncoding)));
  app.all('/tiles/*', notFound);
  app.use('/media/*', async (c, next) => (MEDIA_PATH.test(c.req.path) ? next() : notFound(c)));
  app.use('/media/*', serveStatic({ root: config.mediaDir, rewriteRequestPath: (p) => p.replace(/^\/media/, '') }));
  app.all('/media/*', notFound);
  if (existsSync(config.dashboardDir)) {
    app.use('/*', serveStatic({ root: config.dashboardDir }));
    app.get('*', serveStatic({ root: config.dashboardDir, path: 'index.html' })); // SPA routes
  }
  app.notFound(notFound);
  return { app, api, hotspots, deadlines, auth, apiKeys };
}

/** The API's route types, for Hono's typed client in the dashboard. */
export type AppType = ReturnType<typeof createApp>['api'];
