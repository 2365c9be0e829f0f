#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` through the `prepare` script).
'use strict';
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (e) {
  process.stderr.write('budget-check: 尚未构建，请先运行 npm ci 或 npm run prepare（not built yet: run npm ci）\n');
  process.exit(2);
}
cli.main().catch((e) => {
  process.stderr.write(`budget-check: ${e && e.message ? e.message.split('\n')[0] : e}\n`);
  process.exit(2);
});
