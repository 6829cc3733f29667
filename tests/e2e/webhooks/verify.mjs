// A webhook receiver that verifies every delivery with the Standard Webhooks reference library
// (npm standardwebhooks), for tests/e2e/TestWebhooksE2e.cpp. It listens on 127.0.0.1 (port 0) and
// prints "listening <port>". Control routes (not signed):
//   PUT /control/secrets   body: JSON array of secrets to verify against (each checked separately)
//   PUT /control/fail      body: a number: how many of the next deliveries to answer 503
//   GET /control/results   every delivery seen: {id, timestamp, verified: [bool per secret], status}
// Any other POST is a delivery: 204 when it verifies with at least one secret (and is not told to
// fail), 401 when it does not.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

let secrets = [];
let failNext = 0;
const results = [];

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = http.createServer(async (req, res) => {
  const body = await readBody(req);
  if (req.url === '/control/secrets' && req.method === 'PUT') {
    secrets = JSON.parse(body);
    res.writeHead(204).end();
    return;
  }
  if (req.url === '/control/fail' && req.method === 'PUT') {
    failNext = Number(body);
    res.writeHead(204).end();
    return;
  }
  if (req.url === '/control/results' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(results));
    return;
  }
  const headers = {
    'webhook-id': req.headers['webhook-id'],
    'webhook-timestamp': req.headers['webhook-timestamp'],
    'webhook-signature': req.headers['webhook-signature'],
  };
  const verified = secrets.map((secret) => {
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch (e) {
      return false;
    }
  });
  let status = verified.some((v) => v) ? 204 : 401;
  if (status === 204 && failNext > 0) {
    failNext -= 1;
    status = 503;
  }
  results.push({ id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], verified, status });
  res.writeHead(status).end();
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0)); // the test closing our stdin ends us
process.stdin.resume();
