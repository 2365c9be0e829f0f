/** `npm run validate` must pass on manifest.xml and FAIL (exit 1) on broken copies of it. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'validate-manifest.js');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifestXml } = require(script) as { validateManifestXml: (xml: string) => Promise<string[]> };

function run(xml: string): { status: number; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, xml);
  try {
    const out = execFileSync(process.execPath, [script, file], { stdio: 'pipe' });
    return { status: 0, output: out.toString() };
  } catch (e) {
    const err = e as { status: number; stdout: Buffer; stderr: Buffer };
    return { status: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

test('manifest.xml passes the offline validation', () => {
  const r = run(manifest);
  expect(r.output).toContain('valid');
  expect(r.status).toBe(0);
});

test('wrong element order fails', () => {
  // Move <Permissions> before <DefaultSettings>.
  const perm = '  <Permissions>ReadWriteDocument</Permissions>\n';
  const broken = replaceOnce(replaceOnce(manifest, perm, ''), '  <DefaultSettings>', `${perm}  <DefaultSettings>`);
  const r = run(broken);
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/<DefaultSettings> is out of order/);
});

test('a dangling resid fails', () => {
  const broken = replaceOnce(manifest, '<Label resid="CheckButton.Label"/>', '<Label resid="CheckButton.Nope"/>');
  const r = run(broken);
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/resid "CheckButton.Nope" on <Label> does not resolve/);
});

test('a too-long short string fails', () => {
  const broken = replaceOnce(manifest, 'DefaultValue="检查工作簿"', `DefaultValue="${'检'.repeat(126)}"`);
  const r = run(broken);
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/ShortStrings "CheckButton.Label" is 126 characters, the limit is 125/);
});

test('other structural problems are reported', async () => {
  const cases: [string, string, RegExp][] = [
    ['<Id>7bd8d46a-c04f-4530-b1e6-e385f490adea</Id>', '<Id>not-a-uuid</Id>', /is not a UUID/],
    ['<Version>0.1.0.0</Version>', '<Version>0.1.x</Version>', /<Version> "0.1.x"/],
    ['https://localhost:3000/commands.html', 'http://localhost:3000/commands.html', /is not https/],
    ['MinVersion="1.7"', 'MinVersion="1.99"', /ExcelApi 1.99 does not exist/],
    ['id="BTC.FormatTable"', 'id="BTC.CheckWorkbook"', /id "BTC.CheckWorkbook" is used twice/],
    ['<Group id="BTC.Group">', '<Group id="BTC.Group"><Broken>', /not well-formed/],
  ];
  for (const [from, to, expected] of cases) {
    const problems = await validateManifestXml(replaceOnce(manifest, from, to));
    expect(problems.join('\n')).toMatch(expected);
  }
  expect(await validateManifestXml(manifest)).toEqual([]);
});
