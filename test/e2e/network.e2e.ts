/**
 * No data leaves the machine: the built pages in headless Chromium, every request recorded (and any
 * WebSocket) while the task pane checks workbooks, fixes a cell, paints and clears highlights, and the
 * task pane page and the help page open. Nothing may go anywhere but the add-in's own files.
 * A route aborts anything that is not loopback, so even a failure of this test sends nothing out; it
 * is registered after the listener, which sees every request first.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist', 'web');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDir } = require(path.join(root, 'scripts', 'serve-dist.js')) as { serveDir: (dir: string, port?: number) => Promise<Server> };

let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: { url: string; method: string; resource: string }[] = [];
const sockets: string[] = [];
const violations: string[] = [];

/** The seed-004 sample with one 款 figure typed wrong, as a user would upload it. */
async function brokenCopy(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(root, 'samples', 'seed004-chenghua-kexie-2023.xlsx'));
  const ws = wb.worksheets[0];
  let target: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => {
    if (!target && typeof c.value === 'number' && c.value > 100 && Number(c.col) >= 4) target = c;
  }));
  target!.value = (target!.value as number) + 37;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-net-')), '部门预算-有误.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) throw new Error('dist/web is missing: run `npx webpack --mode production` first (npm run test:e2e does).');
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing: apt-get install -y chromium');
  server = await serveDir(dist, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 900, height: 900 } });
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), resource: r.resourceType() }));
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])/, (r) => r.abort());
  page = await context.newPage();
  page.on('websocket', (ws) => sockets.push(ws.url()));
  page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

test('checking, fixing and highlighting send nothing beyond the add-in’s own files', async () => {
  // The harness: the real task pane over the bundled sample, then over a workbook the user opens.
  await page.goto(`${origin}/harness.html?sample=seed000-shenzhen-kexie-2021.xlsx`);
  await page.getByTestId('tables-found').waitFor();
  const file = await brokenCopy();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.waitForSelector(`body[data-loaded="${path.basename(file)}"]`);
  await page.locator('[data-testid="finding"][data-rule="subtotal-mismatch"]').first().waitFor();
  await page.getByRole('button', { name: '修正' }).first().click();
  await page.getByRole('status').waitFor();
  await page.getByRole('button', { name: '标出问题单元格' }).click();
  await page.getByRole('button', { name: '清除标记' }).click();

  // The task pane page itself (office.js outside Office: checking says to open it in Excel), and help.
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole('button', { name: '检查工作簿' }).click();
  await page.getByRole('status').waitFor();
  await page.goto(`${origin}/help.html`);
  // office.js tries a telemetry frame about 3 s after load: wait past it on the task pane page.
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForTimeout(4000);

  const own = (u: string) => u.startsWith(`${origin}/`) || u.startsWith('data:') || u.startsWith('blob:');
  expect(requests.filter((r) => !own(r.url))).toEqual([]);
  expect(sockets).toEqual([]);
  // Every request is a GET of a file the build put in dist/web: nothing is posted, not even to the add-in's own server.
  const paths = [...new Set(requests.filter((r) => r.url.startsWith(origin)).map((r) => decodeURIComponent(new URL(r.url).pathname)))];
  expect(requests.filter((r) => r.url.startsWith(origin) && r.method !== 'GET')).toEqual([]);
  for (const p of paths) expect(fs.existsSync(path.join(dist, p))).toBe(true);
  expect(paths).toEqual(expect.arrayContaining(['/harness.html', '/harness.js', '/taskpane.html', '/taskpane.js', '/office-js/office.js', '/help.html']));
  // What CSP refused is office.js's telemetry frame, and only that.
  for (const v of violations) expect(v).toMatch(/telemetryservice\.firstpartyapps\.oaspapps\.com/);
});
