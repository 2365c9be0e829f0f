#!/usr/bin/env node
/**
 * Offline structural check of an Office add-in manifest (the online one, `npx office-addin-manifest
 * validate`, needs network). Parses with a real XML parser (xml2js, children kept in document order)
 * and checks what the store validator rejects most often:
 *   element order of <OfficeApp> (TaskPaneApp), Id is a UUID, Version format, unique ids, every
 *   resid resolves to a resource of the right kind, ShortString <= 125, LongString <= 250,
 *   URL <= 2048, every URL https, requirement sets known;
 * then runs `office-addin-manifest info` on the file as a child process.
 * Usage: node scripts/validate-manifest.js [manifest.xml]   exit 0 = valid, 1 = problems listed.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const xml2js = require('xml2js');

/** Order of <OfficeApp> children for a TaskPaneApp (appforoffice 1.1 schema). */
const TASKPANE_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
  'DefaultSettings', 'Permissions', 'AllowSnapshot', 'Dictionary', 'VersionOverrides', 'ExtendedOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
/** Requirement sets and the highest minor version we know of (Excel-relevant ones). */
const KNOWN_SETS = {
  ExcelApi: 20, ExcelApiOnline: 1, SharedRuntime: 1, DialogApi: 2, RibbonApi: 2, AddinCommands: 4,
  IdentityAPI: 1, NestedAppAuth: 1, DocumentEvents: 1, File: 1, Settings: 1, Selection: 1,
  TextCoercion: 1, MatrixCoercion: 1, TableCoercion: 1, ImageCoercion: 2, KeyboardShortcuts: 1, CustomFunctionsRuntime: 4,
};
const LIMITS = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048 };
/** Which resource kind a `resid` on an element must name. */
const RESID_KIND = {
  'bt:Image': 'Images', Image: 'Images',
  FunctionFile: 'Urls', SourceLocation: 'Urls', LearnMoreUrl: 'Urls', Url: 'Urls', Page: 'Urls', Script: 'Urls',
  Label: 'ShortStrings', Title: 'ShortStrings',
  Description: 'LongStrings',
};

const local = (name) => name.replace(/^[^:]*:/, '');
const kids = (node) => (node && node.$$) || [];
const child = (node, name) => kids(node).find((c) => local(c['#name']) === name);

function* walk(node, trail = []) {
  yield [node, trail];
  for (const c of kids(node)) yield* walk(c, [...trail, node]);
}

async function validateManifestXml(xml) {
  const problems = [];
  let doc;
  try {
    doc = await xml2js.parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: true });
  } catch (e) {
    return [`not well-formed XML: ${String(e.message).split('\n')[0]}`];
  }
  const root = doc.OfficeApp;
  if (!root) return ['root element is not <OfficeApp>'];
  const type = root.$ && root.$['xsi:type'];
  if (type !== 'TaskPaneApp') problems.push(`OfficeApp xsi:type is ${type}, expected TaskPaneApp`);

  // 1. Top-level order and required elements.
  let last = -1;
  const seen = new Set();
  for (const c of kids(root)) {
    const name = local(c['#name']);
    const idx = TASKPANE_ORDER.indexOf(name);
    if (idx < 0) { problems.push(`unknown element <${name}> under <OfficeApp>`); continue; }
    if (idx < last) problems.push(`<${name}> is out of order: it must come before <${TASKPANE_ORDER[last]}>`);
    if (seen.has(name)) problems.push(`<${name}> appears twice under <OfficeApp>`);
    seen.add(name);
    last = Math.max(last, idx);
  }
  for (const r of REQUIRED) if (!seen.has(r)) problems.push(`<${r}> is missing`);

  const text = (name) => { const n = child(root, name); return n ? String(n._ || '').trim() : ''; };
  if (seen.has('Id') && !UUID.test(text('Id'))) problems.push(`<Id> "${text('Id')}" is not a UUID`);
  if (seen.has('Version') && !VERSION.test(text('Version'))) problems.push(`<Version> "${text('Version')}" is not n[.n[.n[.n]]]`);
  if (seen.has('Permissions') && !PERMISSIONS.includes(text('Permissions'))) problems.push(`<Permissions> "${text('Permissions')}" is not one of ${PERMISSIONS.join(', ')}`);

  // 2. Resources by kind.
  const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  for (const [node, trail] of walk(root)) {
    const name = local(node['#name'] || '');
    const parent = trail.length ? local(trail[trail.length - 1]['#name'] || '') : '';
    if (!(parent in resources) || !node.$ || !node.$.id) continue;
    const values = [node.$.DefaultValue, ...kids(node).filter((o) => local(o['#name']) === 'Override').map((o) => o.$ && o.$.Value)];
    resources[parent].set(node.$.id, { name, values });
  }
  for (const [kind, map] of Object.entries(resources))
    for (const [id, { values }] of map)
      for (const v of values) {
        if (v === undefined || v === '') problems.push(`${kind} "${id}" has an empty value`);
        else if (v.length > LIMITS[kind]) problems.push(`${kind} "${id}" is ${v.length} characters, the limit is ${LIMITS[kind]}`);
      }

  // 3. Unique ids, resids resolve, URLs https, top-level string limits.
  const ids = new Map();
  for (const [node, trail] of walk(root)) {
    const name = node['#name'] || '';
    const attrs = node.$ || {};
    if (attrs.id !== undefined) {
      const under = trail.length ? local(trail[trail.length - 1]['#name'] || '') : '';
      // Resource ids live in one namespace per kind; control/group ids in one namespace overall.
      const key = under in resources ? `${under}:${attrs.id}` : `control:${attrs.id}`;
      if (ids.has(key)) problems.push(`id "${attrs.id}" is used twice`);
      ids.set(key, true);
      if (attrs.id.length > 125) problems.push(`id "${attrs.id.slice(0, 20)}…" is longer than 125 characters`);
    }
    if (attrs.resid !== undefined) {
      const kind = RESID_KIND[name] || RESID_KIND[local(name)];
      const found = kind ? resources[kind].has(attrs.resid) : Object.values(resources).some((m) => m.has(attrs.resid));
      if (!found) problems.push(`resid "${attrs.resid}" on <${local(name)}> does not resolve${kind ? ` to a ${kind} resource` : ''}`);
    }
    const urlish = /Url$|^SourceLocation$/.test(local(name)) || (trail.length && /^(Urls|Images)$/.test(local(trail[trail.length - 1]['#name'] || '')));
    const own = [attrs.DefaultValue, ...kids(node).filter((o) => local(o['#name']) === 'Override').map((o) => o.$ && o.$.Value)];
    if (urlish) for (const v of own.filter(Boolean)) {
      if (!/^https:\/\//.test(v)) problems.push(`URL "${v}" on <${local(name)}> is not https`);
      if (v.length > 2048) problems.push(`URL on <${local(name)}> is longer than 2048 characters`);
    }
  }
  for (const [name, limit] of [['DisplayName', 125], ['Description', 250], ['ProviderName', 125]]) {
    const n = child(root, name);
    if (!n) continue;
    const vals = name === 'ProviderName' ? [String(n._ || '')] : [n.$ && n.$.DefaultValue, ...kids(n).map((o) => o.$ && o.$.Value)];
    for (const v of vals) if (v && v.length > limit) problems.push(`<${name}> is ${v.length} characters, the limit is ${limit}`);
  }

  // 4. Requirement sets.
  for (const [node] of walk(root)) {
    if (local(node['#name'] || '') !== 'Set' || !node.$) continue;
    const { Name, MinVersion } = node.$;
    if (!(Name in KNOWN_SETS)) { problems.push(`requirement set "${Name}" is not known`); continue; }
    if (MinVersion !== undefined) {
      const m = /^1\.(\d+)$/.exec(MinVersion);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > KNOWN_SETS[Name]) problems.push(`requirement set ${Name} ${MinVersion} does not exist`);
    }
  }
  return problems;
}

/** `office-addin-manifest info FILE` must parse the file and exit 0. */
function officeAddinManifestInfo(file) {
  const cli = require.resolve('office-addin-manifest/cli.js');
  try {
    execFileSync(process.execPath, [cli, 'info', file], { stdio: 'pipe', timeout: 60000 });
    return [];
  } catch (e) {
    const out = `${e.stdout || ''}${e.stderr || ''}`.trim().split('\n').filter(Boolean).slice(0, 3).join(' | ');
    return [`office-addin-manifest info failed: ${out || e.message}`];
  }
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(1);
  }
  const problems = [...(await validateManifestXml(xml)), ...officeAddinManifestInfo(file)];
  if (problems.length) {
    console.error(`${path.basename(file)}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`${path.basename(file)}: valid (offline checks + office-addin-manifest info). Before a release also run: npx office-addin-manifest validate ${path.basename(file)} (needs network)`);
}

module.exports = { validateManifestXml };
if (require.main === module) main();
