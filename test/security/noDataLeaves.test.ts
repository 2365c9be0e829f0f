/**
 * No data leaves the machine, as far as the source can show it: every page's Content-Security-Policy
 * lets scripts come only from the add-in itself (and Office.js's CDN) and connections go only to the
 * add-in itself; no code calls the network but the harness loading its own sample. The e2e test
 * (test/e2e/network.e2e.ts) records the requests of the built pages in Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', 'src');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

function csp(html: string): Map<string, string[]> {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error('no CSP meta');
  return new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** The sources a fetch directive allows: its own list, else default-src's. */
const effective = (policy: Map<string, string[]>, directive: string) => policy.get(directive) ?? policy.get('default-src') ?? ['*'];

const PAGES = files(SRC, /\.html$/).map((p) => [path.relative(SRC, p), readFileSync(p, 'utf8')] as const);

test('every page of the add-in is covered', () => {
  expect(PAGES.map(([p]) => p).sort()).toEqual(['commands/commands.html', 'harness/harness.html', 'help/help.html', 'taskpane/taskpane.html']);
});

describe.each(PAGES)('%s', (_name, html) => {
  const policy = csp(html);

  test("default-src 'self'; connections, frames, fonts and images only from the add-in", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(effective(policy, 'connect-src')).toEqual(["'self'"]);
    expect(effective(policy, 'frame-src')).toEqual(["'self'"]);
    expect(effective(policy, 'font-src')).toEqual(["'self'"]);
    for (const src of effective(policy, 'img-src')) expect(["'self'", 'data:']).toContain(src);
  });

  test("scripts only from the add-in and Office.js's own origin; no eval, no plugins", () => {
    for (const src of effective(policy, 'script-src')) expect(["'self'", OFFICE_CDN]).toContain(src);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(html).not.toContain("'unsafe-eval'");
    for (const values of policy.values()) expect(values).not.toContain('*');
  });

  test('every script the page names is one of its own files', () => {
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    for (const src of scripts) expect(src).not.toMatch(/^(https?:)?\/\//);
  });
});

test('no code calls the network, except the harness fetching its own sample file', () => {
  const calls = files(SRC, /\.(ts|tsx)$/).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ where: `${path.relative(SRC, file)}:${i + 1}`, line: line.trim() }))
      .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*') && /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|https?:\/\//.test(line)),
  );
  expect(calls.map((c) => `${c.where} ${c.line}`)).toEqual([expect.stringMatching(/^harness\/index\.tsx:\d+ const response = await fetch\(`samples\//)]);
});
