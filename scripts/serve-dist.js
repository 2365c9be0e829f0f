#!/usr/bin/env node
/**
 * A tiny static server for the built add-in (dist/web) on 127.0.0.1, used by `npm run harness`
 * and the e2e tests. Plain http: localhost is a secure context, office.js works over http.
 * Usage: node scripts/serve-dist.js [port]   (default 3001; 0 = any free port)
 */
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css',
  '.png': 'image/png', '.xml': 'application/xml', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json', '.map': 'application/json',
};

function serveDir(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    if (url.pathname.endsWith('/')) file = path.join(file, 'harness.html');
    fs.readFile(file, (err, data) => {
      if (err) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

module.exports = { serveDir };

if (require.main === module) {
  const port = Number(process.argv[2] || 3001);
  serveDir(path.join(__dirname, '..', 'dist', 'web'), port).then((server) => {
    const { port: p } = server.address();
    console.log(`harness: http://127.0.0.1:${p}/harness.html  (task pane: /taskpane.html; Ctrl+C to stop)`);
  });
}
