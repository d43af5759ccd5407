import { existsSync, mkdirSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Config } from './config.js';
import type { MapConfig } from './contracts/map.js';
import type { Db } from './db/pool.js';
import { createCategoriesService } from './categories/categories.service.js';
import { categoriesRoutes } from './categories/categories.routes.js';
import { cellsRoutes } from './cells/cells.routes.js';
import { exportsRoutes } from './exports/exports.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { hotspotsRoutes } from './hotspots/hotspots.routes.js';
import { createHotspotsService } from './hotspots/hotspots.service.js';
import { notFound, onError } from './http/errors.js';
import { createMediaStore } from './media/media.store.js';
import type { Broadcaster } from './realtime/broadcaster.js';
import { createReportWriter } from './reports/report-writer.js';
import { createReportsService } from './reports/reports.service.js';
import { createWardNames } from './units/ward-names.js';
import { reportsRoutes, trackRoutes } from './reports/reports.routes.js';
import { wardsRoutes } from './units/units.routes.js';
import type { TileEncoding } from './tiles/tiles.repository.js';
import { tilesRoutes } from './tiles/tiles.routes.js';
import { createTilesService } from './tiles/tiles.service.js';

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
  const reports = createReportsService({
    db,
    writer: createReportWriter(db),
    media,
    broadcaster,
    categories,
    wards: createWardNames(db),
    clock,
  });

  const mapConfig: MapConfig = {
    basemapStyleUrl: config.basemapStyleUrl,
    center: config.map.center,
    zoom: config.map.zoom,
  };
  const api = new Hono()
    .route('/health', healthRoutes(db, engine))
    .get('/config', (c) => c.json(mapConfig))
    .route('/categories', categoriesRoutes(categories))
    .route('/wards', wardsRoutes(db))
    .route('/cells', cellsRoutes(db))
    .route('/exports', exportsRoutes(db))
    .route('/hotspots', hotspotsRoutes(hotspots))
    .route('/reports', reportsRoutes(reports, config.upload))
    .route('/track', trackRoutes(reports));

  const app = new Hono();
  app.onError(onError);
  app.use('/api/*', compress());
  app.route('/api', api);
  app.all('/api/*', notFound);
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
  return { app, api, hotspots };
}

/** The API's route types, for Hono's typed client in the dashboard. */
export type AppType = ReturnType<typeof createApp>['api'];
