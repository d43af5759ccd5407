// Baseline for the live stream: a POST is parsed, numbered and sent at once over raw `ws` to every
// connected client, with the same payload shape as report:created. No database, no Socket.IO.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { readBody } from './read-body.js';

let seq = 0;
const http = createServer((req, res) => {
  void readBody(req).then((text) => {
    let body: object;
    try {
      body = JSON.parse(text) as object;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const report = { id: randomUUID(), ...body };
    const message = JSON.stringify({ seq: ++seq, at: new Date().toISOString(), report });
    for (const client of wss.clients) client.send(message);
    const out = JSON.stringify(report);
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
  });
});
const wss = new WebSocketServer({ server: http, path: '/stream' });

http.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const a = http.address();
  console.log(`ws baseline listening on http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`);
});
process.on('SIGTERM', () => {
  for (const c of wss.clients) c.terminate();
  http.close(() => process.exit(0));
});
