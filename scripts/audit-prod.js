#!/usr/bin/env node
/**
 * CI gate: `npm audit --omit=dev --audit-level=high`. Exit 1 when a production dependency has a high
 * or critical advisory; exit 0 when there is none. When the advisory service cannot be reached (an
 * offline mirror or a proxy that refuses its POST), say so on one line and exit 0: that is no finding,
 * and CI here should not fail for want of a network it does not have.
 */
'use strict';
const { spawnSync } = require('child_process');

const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  report = undefined;
}
const counts = report && report.metadata && report.metadata.vulnerabilities;
if (!counts) {
  const why = (report && (report.message || (report.error && report.error.summary))) || (r.stderr || '').trim().split('\n').pop() || 'no answer';
  console.log(`npm audit: skipped, the advisory service could not be reached (${why})`);
  process.exit(0);
}
const line = ['critical', 'high', 'moderate', 'low'].map((k) => `${counts[k] || 0} ${k}`).join(', ');
const failing = (counts.critical || 0) + (counts.high || 0);
console.log(`npm audit (production dependencies): ${line}${failing ? ' — high or critical found' : ''}`);
if (failing) {
  for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
    if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name} ${v.range}`);
  }
}
process.exit(failing ? 1 : 0);
