/**
 * The harness, built, in headless Chromium: the real task pane over an in-memory workbook read from
 * the sample .xlsx. Open a copy of the sample with one wrong total, find it, select it, fix it, undo.
 * Every request the page makes is recorded: none may leave the page's own origin (non-loopback
 * requests are also aborted by a route registered first, so nothing could reach the network anyway).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist', 'web');
const shots = path.join(__dirname, 'screenshots');
const SAMPLE = 'seed000-shenzhen-kexie-2021.xlsx';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDir } = require(path.join(root, 'scripts', 'serve-dist.js')) as { serveDir: (dir: string, port?: number) => Promise<Server> };

let server: Server;
let origin: string;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];
const timings: Record<string, number> = {};

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await work();
  } finally {
    timings[name] = Date.now() - t0;
  }
}

/** The sample with 表1!B11 (一、政府预算拨款, 7,632) typed wrong as 7,642. */
async function brokenSample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(root, 'samples', SAMPLE));
  const cell = wb.getWorksheet('表1')!.getCell('B11');
  expect(cell.value).toBe(7632);
  cell.value = 7642;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-')), '样例-合计有误.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, 'harness.html'))) throw new Error('dist/web/harness.html is missing: run `npx webpack --mode production` first (npm run test:e2e does).');
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing: apt-get install -y chromium');
  fs.mkdirSync(shots, { recursive: true });
  server = await serveDir(dist, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await timed('launch', () =>
    chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'chr-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      locale: 'zh-CN',
      viewport: { width: 800, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
  );
  // Registered first: Playwright runs the last-registered matching route first, so this is the fallback.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (r) => r.abort());
  context.on('request', (r) => requests.push(r.url()));
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
  console.log(`e2e timings (ms): ${JSON.stringify(timings)}`);
});

const finding = (cell: string, rule: string) => page.locator(`[data-testid="finding"][data-cell="${cell}"][data-rule="${rule}"]`);

test('harness: sample loads, tables and findings show; select, fix, undo a wrong total; no request leaves the origin', async () => {
  await timed('load sample + check', async () => {
    await page.goto(`${origin}/harness.html`);
    await expect(page.getByTestId('tables-found')).toBeTruthy();
    await page.waitForSelector(`body[data-loaded="${SAMPLE}"]`);
    await page.getByTestId('tables-found').waitFor();
  });
  expect(await page.evaluate(() => document.body.dataset.officeHost)).toBe('null'); // real office.js, outside Office
  expect(await page.getByTestId('tables-found').textContent()).toMatch(/识别出 \d+ 张表/);
  const tables = Number(/(\d+)/.exec((await page.getByTestId('tables-found').textContent()) ?? '')?.[1]);
  expect(tables).toBeGreaterThanOrEqual(10);
  expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800.png'), fullPage: false });

  const file = await brokenSample();
  await timed('open broken copy + check', async () => {
    await page.getByTestId('file-input').setInputFiles(file);
    await page.waitForSelector(`body[data-loaded="${path.basename(file)}"]`);
    await finding('表1!B11', 'subtotal-mismatch').waitFor();
  });
  const wrong = finding('表1!B11', 'subtotal-mismatch');
  expect(await wrong.textContent()).toContain('7,642');

  await timed('select', async () => {
    await wrong.getByRole('button', { name: /定位到 表1!B11/ }).click();
    await page.locator('td[data-addr="表1!B11"][data-selected="true"]').waitFor();
  });
  expect(await page.getByTestId('grid').getAttribute('data-sheet')).toBe('表1');
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-selected.png') });

  await timed('fix', async () => {
    await wrong.getByRole('button', { name: '修正' }).click();
    await wrong.waitFor({ state: 'detached' });
  });
  expect(await page.locator('td[data-addr="表1!B11"]').textContent()).toBe('7,632');
  expect(await page.getByRole('status').textContent()).toContain('已修正');

  await timed('undo', async () => {
    await page.getByRole('button', { name: '撤销' }).click();
    await finding('表1!B11', 'subtotal-mismatch').waitFor();
  });
  expect(await page.locator('td[data-addr="表1!B11"]').textContent()).toBe('7,642');

  await page.getByRole('button', { name: '标出问题单元格' }).click();
  await page.locator('td[data-addr="表1!B11"][data-fill]').waitFor();
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-marked.png') });
  await page.getByRole('button', { name: '清除标记' }).click();
  await page.locator('td[data-addr="表1!B11"][data-fill]').waitFor({ state: 'detached' });

  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-320.png') });
  const paneWidth = await page.locator('#pane').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(paneWidth.scroll).toBeLessThanOrEqual(paneWidth.client + 1); // readable at 320 px: no horizontal overflow

  // Office.js opens a telemetry frame about 3 s after load: wait past it, then check every request.
  await page.waitForTimeout(3500);
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  // The only console error: our CSP (default-src 'self', so frame-src 'self') refusing office.js's telemetry frame.
  expect(consoleErrors.filter((e) => !/^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy/.test(e))).toEqual([]);
});

test('harness: 出错说明 dismissed, kept, downloaded as CSV and copied; the official catalog loaded from a GBK CSV', async () => {
  await page.setViewportSize({ width: 800, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(`${origin}/harness.html`);
  await page.waitForSelector(`body[data-loaded="${SAMPLE}"]`);
  await page.getByTestId('file-input').setInputFiles(await brokenSample());
  const wrong = finding('表1!B11', 'subtotal-mismatch');
  await wrong.waitFor();
  await wrong.getByRole('button', { name: '忽略' }).click();
  await wrong.getByRole('textbox', { name: /出错说明/ }).fill('含待分配专项资金 10 万元，已报财政局备案');
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-dismiss.png') });
  await wrong.getByRole('button', { name: '确定' }).click();
  await wrong.waitFor({ state: 'detached' });
  await page.getByRole('switch', { name: '显示已忽略（1）' }).waitFor();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('出错说明.csv');
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text.split('\r\n')[0]).toBe('\uFEFF工作表,单元格,规则,问题,出错说明');
  expect(text.split('\r\n')[1]).toMatch(/^表1,B11,subtotal-mismatch,".*7,642.*",含待分配专项资金 10 万元，已报财政局备案$/);

  await page.getByTestId('explanations').getByRole('button', { name: '复制' }).click();
  await page.getByRole('status').filter({ hasText: '已复制到剪贴板' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^1\. 表1!B11（subtotal-mismatch）.*\n {3}出错说明：含待分配专项资金 10 万元，已报财政局备案$/s);

  await page.getByRole('tab', { name: '设置' }).click();
  expect(await page.getByTestId('catalog-current').textContent()).toBe('内置目录（不完整）');
  await page.getByTestId('catalog-input').setInputFiles(path.join(root, 'test', 'fixtures', 'catalogs', 'kemu-2022-gbk.csv'));
  await page.getByTestId('catalog-current').filter({ hasText: '已载入：kemu-2022-gbk.csv，17 个科目' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-catalog.png') });
  // The sample's codes the 17-code stand-in lacks are errors now (the bundled catalog knows them all).
  await page.getByRole('tab', { name: '问题' }).click();
  expect(await page.getByTestId('catalog-in-use').textContent()).toContain('已载入：kemu-2022-gbk.csv');
  await page.locator('[data-testid="finding"][data-rule="unknown-code"]').first().waitFor();
});

test('harness: 三公 tab shows 表12 year over year; 填入增减 writes the changes below the table; undo', async () => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${origin}/harness.html`);
  await page.waitForSelector(`body[data-loaded="${SAMPLE}"]`);
  await page.getByTestId('tables-found').waitFor();
  await page.getByRole('tab', { name: '三公' }).click();
  const dept = page.locator('[data-testid="sangong-unit"][data-unit="深圳市科学技术协会"]');
  expect(await dept.locator('tr[data-item="total"] > *').allTextContents()).toEqual(['“三公”经费合计', '18', '11', '-7', '-38.89%']);
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-sangong.png') });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-320-sangong.png') });
  const paneWidth = await page.locator('#pane').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(paneWidth.scroll).toBeLessThanOrEqual(paneWidth.client + 1);
  await page.setViewportSize({ width: 800, height: 900 });

  await timed('fill 三公', async () => {
    await page.getByRole('button', { name: '填入增减' }).click();
    await page.getByRole('status').filter({ hasText: '已填入“三公”经费增减数与增减率' }).waitFor();
  });
  expect(await page.getByTestId('grid').getAttribute('data-sheet')).toBe('表12');
  expect(await page.locator('td[data-addr="表12!B21"]').textContent()).toBe('增减变化金额');
  expect(await page.locator('td[data-addr="表12!C21"]').textContent()).toBe('-7');
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-sangong-filled.png') });
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('status').filter({ hasText: '已撤销' }).waitFor();
  expect(await page.locator('td[data-addr="表12!C21"]').textContent()).toBe('');
});

test('harness: 说明 tab generates the text, copies it to the clipboard and inserts it as a sheet', async () => {
  await page.setViewportSize({ width: 800, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(`${origin}/harness.html`);
  await page.waitForSelector(`body[data-loaded="${SAMPLE}"]`);
  await page.getByTestId('tables-found').waitFor();
  await page.getByRole('tab', { name: '说明' }).click();
  const overview = page.locator('[data-testid="narrative-paragraph"][data-id="overview"] p');
  expect(await overview.textContent()).toBe('深圳市科学技术协会 2021 年部门预算收入总计 8,281 万元；支出总计 8,281 万元。');
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-narrative.png') });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-320-narrative.png') });
  const paneWidth = await page.locator('#pane').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(paneWidth.scroll).toBeLessThanOrEqual(paneWidth.client + 1);
  await page.setViewportSize({ width: 800, height: 900 });

  await timed('copy narrative', async () => {
    await page.getByRole('button', { name: '复制', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已将说明复制到剪贴板' }).waitFor();
  });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('收支总体情况\n深圳市科学技术协会 2021 年部门预算收入总计 8,281 万元；支出总计 8,281 万元。\n\n财政拨款收支总体情况\n')).toBe(true);
  expect(copied).toContain('“三公”经费预算情况\n2021 年“三公”经费预算 11 万元，比 2020 年预算数 18 万元减少 7 万元，下降 38.89%。');

  await page.getByRole('button', { name: '插入到工作表' }).click();
  await page.getByRole('status').filter({ hasText: '已插入工作表“说明”' }).waitFor();
  expect(await page.getByTestId('grid').getAttribute('data-sheet')).toBe('说明');
  expect(await page.locator('td[data-addr="说明!A1"]').textContent()).toBe('收支总体情况');
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-narrative-inserted.png') });
});

test('harness: 格式 tab formats every table of the seed-004 sample (screenshots before and after), undone in one step', async () => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${origin}/harness.html?sample=seed004-chenghua-kexie-2023.xlsx`);
  await page.waitForSelector('body[data-loaded="seed004-chenghua-kexie-2023.xlsx"]');
  await page.getByTestId('tables-found').waitFor();
  await page.getByRole('tab', { name: '格式' }).click();
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-format-before.png') });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-320-format.png') });
  const paneWidth = await page.locator('#pane').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(paneWidth.scroll).toBeLessThanOrEqual(paneWidth.client + 1);
  await page.setViewportSize({ width: 800, height: 900 });
  const sheet = await page.getByTestId('grid').getAttribute('data-sheet');
  const title = page.locator(`td[data-addr="${sheet}!A7"]`); // 部门收支总表, the first table's title
  const weight = () => title.evaluate((el) => getComputedStyle(el).fontWeight);
  const before = await weight();
  await timed('format all', async () => {
    await page.getByRole('button', { name: '格式化全部表格' }).click();
    await page.getByRole('status').filter({ hasText: '已完成：格式化全部表格' }).waitFor();
  });
  expect(Number(await weight())).toBeGreaterThanOrEqual(600);
  await page.getByTestId('grid').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'harness-zh-CN-800-format-after.png') });
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('status').filter({ hasText: '已撤销' }).waitFor();
  expect(await weight()).toBe(before);
});

test('keyboard only: Tab reaches a finding and Enter selects its cell; arrow keys switch views; English outside Chinese Office', async () => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${origin}/harness.html`);
  await page.waitForSelector(`body[data-loaded="${SAMPLE}"]`);
  await page.getByTestId('tables-found').waitFor();
  const first = page.getByTestId('finding').first();
  const cell = await first.getAttribute('data-cell');
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await first.getByRole('button').first().evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await page.locator(`td[data-addr="${cell}"][data-selected="true"]`).waitFor();

  await page.getByRole('tab', { name: '问题' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  expect(await page.getByRole('tab', { name: '三公' }).getAttribute('aria-selected')).toBe('true');
  await page.getByRole('button', { name: '填入增减' }).waitFor();

  await page.goto(`${origin}/harness.html?lang=en-US`);
  await page.getByTestId('tables-found').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Budget Table Checker');
  const views = page.getByRole('tablist', { name: 'Views' });
  expect(await views.getByRole('tab').count()).toBe(5);
  for (const name of ['Problems', '三公', 'Text', 'Format', 'Settings']) expect(await views.getByRole('tab', { name, exact: true }).count()).toBe(1);
});

test('task pane page: office.js onReady resolves outside Office and the pane renders', async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  await timed('taskpane page', async () => {
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('预算表校验助手');
  // Outside Excel there is no workbook: checking says so instead of failing silently.
  await page.getByRole('button', { name: '检查工作簿' }).click();
  expect(await page.getByRole('status').textContent()).toContain('请在 Excel 中打开本加载项');
  await page.screenshot({ path: path.join(shots, 'taskpane-zh-CN-320.png') });

  // exceljs is fetched only when an .xlsx catalog is picked (a separate chunk, allowed by the CSP).
  const chunk = (u: string) => /\/xlsx-reader\.js$/.test(u);
  expect(requests.filter(chunk)).toEqual([]);
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('支出功能分类');
  for (const r of [['科目编码', '科目名称'], ['206', '科学技术支出'], ['20605', '科技条件与服务']]) ws.addRow(r);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-')), '科目.xlsx');
  await xl.xlsx.writeFile(file);
  await page.getByRole('tab', { name: '设置' }).click();
  await page.getByTestId('catalog-input').setInputFiles(file);
  // Read, then refused only because there is no workbook to keep it in outside Excel.
  await page.getByRole('status').filter({ hasText: '无法保存到工作簿：请在 Excel 中打开本加载项' }).waitFor();
  expect(requests.filter(chunk)).toHaveLength(1);
});
