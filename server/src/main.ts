// Wiring only: configuration, database, HTTP server, realtime, shutdown.
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.js';
import { createHotspotWatcher } from './hotspots/hotspot-watcher.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import type { Db } from './db/pool.js';
import { detectTileEncoding } from './tiles/tiles.repository.js';
import { seedIfEmpty } from './seed/seed.service.js';
import { demoAccountsTable, ensureDemoAccounts } from './auth/demo-accounts.js';
import { tokenFromHeaders } from './auth/session.middleware.js';
import { createDeadlineWatcher } from './deadlines/deadline-watcher.js';
import type { Broadcaster } from './realtime/broadcaster.js';
import { attachRealtime, type Realtime } from './realtime/socket-server.js';

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config, (line) => console.log(line));
  if (database.engine === 'embedded') await seedDemoData(database.db, config.demoReports);
  // The app announces commits to the stream, which needs the HTTP server the app runs on.
  const stream: { realtime?: Realtime } = {};
  const broadcaster: Broadcaster = {
    announce: () => stream.realtime?.tail.announce(),
    teamMoved: (p) => stream.realtime?.teamMoved(p),
  };
  const tileEncoding = await detectTileEncoding(database.db);
  const { app, hotspots, auth } = createApp({
    db: database.db,
    broadcaster,
    config,
    engine: database.engine,
    tileEncoding,
  });
  if (database.engine === 'embedded') {
    const accounts = await ensureDemoAccounts(database.db, auth, config.demoPassword);
    console.log(demoAccountsTable(accounts, config.demoPassword));
  }
  const http = createServer(getRequestListener(app.fetch));
  const realtime = await attachRealtime(http, database.db, 1000, (h) => auth.actorFor(tokenFromHeaders(h)));
  stream.realtime = realtime;
  const watcher = createHotspotWatcher({
    hotspots,
    lastSeq: () => realtime.tail.lastSeq,
    emit: (payload) => realtime.io.emit('hotspot:changed', payload),
    clock: () => new Date(),
  });
  watcher.start();
  const deadlineWatcher = createDeadlineWatcher({ db: database.db, broadcaster, clock: () => new Date() });
  deadlineWatcher.start();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, resolve);
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  console.log(`Mắt Thần listening on http://${host}:${port}  (database: ${database.engine})`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`[matthan] ${signal}: shutting down`);
    watcher.stop();
    deadlineWatcher.stop();
    await realtime.close().catch(() => {});
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** The embedded engine's first start gets demo reports, so a newcomer sees a living city. */
async function seedDemoData(db: Db, count: number) {
  const seeded = await seedIfEmpty(db, { count });
  if (seeded) console.log(`[matthan] seeded ${seeded.inserted} demo reports (MATTHAN_DEMO_REPORTS=${count})`);
}

main().catch((err: unknown) => {
  console.error(`[matthan] could not start: ${(err as Error).message}`);
  process.exit(1);
});
