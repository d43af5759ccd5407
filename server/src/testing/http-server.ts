import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createAuthService } from '../auth/auth.service.js';
import { createLoginLimiter } from '../auth/login-limiter.js';
import { tokenFromHeaders } from '../auth/session.middleware.js';
import { attachRealtime, type Realtime } from '../realtime/socket-server.js';
import { createTestApp, type TestApp } from './app.js';
import type { TestDatabase } from './db.js';

export interface TestServer {
  url: string;
  app: TestApp;
  realtime: Realtime;
  close(): Promise<void>;
}

/** The real app and Socket.IO stream on a real HTTP server on a free port, on a test database. */
export async function startTestServer(t: TestDatabase, clock?: () => Date): Promise<TestServer> {
  const stream: { realtime?: Realtime } = {};
  const app = await createTestApp(
    t,
    {
      announce: () => stream.realtime?.tail.announce(),
      teamMoved: (p) => stream.realtime?.teamMoved(p),
    },
    clock,
  );
  const http: Server = createServer(getRequestListener(app.app.fetch));
  const auth = createAuthService(t.db, createLoginLimiter(), clock ?? (() => new Date()));
  const realtime = await attachRealtime(http, t.db, 200, (h) => auth.actorFor(tokenFromHeaders(h)));
  stream.realtime = realtime;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    realtime,
    async close() {
      await realtime.close(); // also closes the HTTP server
      await app.close();
    },
  };
}
