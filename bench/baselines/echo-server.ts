// Baseline for intake: the least a Node HTTP server can do with a report — read the body, parse
// the JSON, answer 201 with a JSON body. Nothing else, so ours/baseline is the cost of our stack.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readBody } from './read-body.js';

const server = createServer((req, res) => {
  void readBody(req).then((text) => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const out = JSON.stringify({ id: randomUUID(), ...(body as object) });
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const a = server.address();
  console.log(`echo baseline listening on http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
