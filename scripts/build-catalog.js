#!/usr/bin/env node
/**
 * One-off conversion: the reference TSVs (copied into src/engine/catalog/data/sources/, so the project
 * never reads ../shared) -> src/engine/catalog/data/functional.json and economic.json.
 *
 * Every TSV row is kept with its source, grade and notes. On top of the TSVs this script adds, each
 * with its reason stated in the output row:
 *   - dated names (a 类 or 款 renamed in some year; `names[]` with from/until);
 *   - `complete` flags for the 款 whose whole 项 list a named source shows;
 *   - structural parents: a 款 (or economic 类) that a listed child's code implies but no source names
 *     (name null, grade C, or W when the child itself is only W evidence).
 *
 * Run: node scripts/build-catalog.js   (prints the per-level counts the catalog README quotes)
 */
'use strict';
const fs = require('fs');
const path = require('path');

const DATA = path.join(__dirname, '..', 'src', 'engine', 'catalog', 'data');
const SOURCES = path.join(DATA, 'sources');

function readTsv(file) {
  const lines = fs.readFileSync(path.join(SOURCES, file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) throw new Error(`${file}: ${cells.length} cells in: ${line}`);
    const row = {};
    header.forEach((h, i) => (row[h] = cells[i].trim()));
    return row;
  });
}

/** `2021-2023` -> [2021, 2023]; `2017` -> [2017, 2017]; `unknown` -> null. */
function parseYears(text) {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text);
  if (!m) return null;
  return [Number(m[1]), Number(m[2] || m[1])];
}

const LEVEL_BY_LENGTH = { 3: '类', 5: '款', 7: '项' };

/**
 * Renamed subjects. `from`/`until` are the years a name is valid (inclusive, open when absent).
 * Where the switch year is unknown the two spans overlap over the years the evidence leaves open,
 * so neither name is flagged in those years.
 */
const DATED_NAMES = {
  210: [
    { name: '医疗卫生与计划生育支出', until: 2018, yearsVerified: false, yearNote: '2019 年起改为卫生健康支出（issue 3；参考资料称"据信 2019 年"，未核实）' },
    { name: '卫生健康支出', from: 2019, yearsVerified: false, yearNote: '2019 年起启用（issue 3；未核实）；见于 2020 模板及 2021–2023 种子' },
  ],
  207: [
    { name: '文化体育与传媒支出', until: 2018, yearsVerified: false, yearNote: '2019 年起改为文化旅游体育与传媒支出（issue 3；参考资料称"据信 2019 年"，未核实）' },
    { name: '文化旅游体育与传媒支出', from: 2019, yearsVerified: false, yearNote: '2019 年起启用（issue 3；未核实）；见于 2020 模板及 2023 种子' },
  ],
  215: [
    { name: '资源勘探信息等支出', until: 2022, yearsVerified: false, yearNote: '旧称见于 2020 年预算模板，新称见于 2023 年种子；改名年份在 2021–2023 间，未核实' },
    { name: '资源勘探工业信息等支出', from: 2021, yearsVerified: false, yearNote: '最迟 2023 年启用（种子 004）' },
  ],
  220: [
    { name: '国土海洋气象等支出', until: 2022, yearsVerified: false, yearNote: '旧称见于 2020 年预算模板，新称见于 2023 年种子及 2024 年财预〔2024〕22号；改名年份未核实' },
    { name: '自然资源海洋气象等支出', from: 2021, yearsVerified: false, yearNote: '最迟 2023 年启用（种子 004）' },
  ],
  232: [
    { name: '债务利息支出', until: 2022, yearsVerified: false, yearNote: '旧称见于 2020 年预算模板，新称见于 2023 年种子；改名年份未核实' },
    { name: '债务付息支出', from: 2021, yearsVerified: false, yearNote: '最迟 2023 年启用（种子 004）' },
  ],
  20805: [
    { name: '行政事业单位离退休', until: 2020, yearsVerified: false, yearNote: '2021 年种子已用行政事业单位养老支出；改名年份未核实' },
    { name: '行政事业单位养老支出', yearsVerified: false, yearNote: '见于 2021–2023 种子' },
  ],
};

/**
 * 款 whose complete 项 list a named source shows, and the catalog year that source is.
 * 21305 (2024 copy, xzcs2022.com/kjfgk/19749.html) is NOT marked: its list has no `2130599 其他…`
 * catch-all, which every 款 has, so the copy is probably truncated.
 */
const COMPLETE_KUAN = {
  20605: { years: [2023], why: 'official-catalog copy xzcs2022.com/kjfgk/20912.html (2023, 财预〔2022〕107号) lists 01, 02, 03, 99' },
  20809: { years: [2023], why: 'official-catalog copy xzcs2022.com/kjfgk/20997.html (2023) lists 01–05, 99' },
};

/** A named 款 the TSV lacks: its code is implied by a listed child, its name by the 款-level `xxx99 其他<类名>支出` pattern. */
const NAMED_STRUCTURAL = {
  20699: {
    name: '其他科学技术支出',
    why: 'code: parent prefix of 2069999 (岳阳 岳财企指〔2021〕2号); name: the 款-level pattern xxx99 其他<类名>支出 (codes-notes §5); seed 002 prints this name at 款 level (under the doubtful code 20609)',
  },
};

function convertFunctional() {
  const rows = readTsv('functional-codes.tsv').map((r) => {
    if (LEVEL_BY_LENGTH[r.code.length] !== r.level) throw new Error(`level mismatch ${r.code} ${r.level}`);
    const complete = COMPLETE_KUAN[r.code];
    return {
      code: r.code,
      level: r.level,
      parent: r.parent || null,
      names: DATED_NAMES[r.code] || [{ name: r.name }],
      seen: parseYears(r.valid_years),
      evidenceYears: r.valid_years,
      source: r.source,
      formerNamesText: r.former_names || undefined,
      confidence: r.confidence,
      independentSources: Number(r.n_independent_sources),
      notes: r.notes || undefined,
      complete: Boolean(complete),
      completeYears: complete ? complete.years : undefined,
      completeWhy: complete ? complete.why : undefined,
      origin: 'reference-tsv',
    };
  });
  for (const [code, names] of Object.entries(DATED_NAMES)) {
    const row = rows.find((r) => r.code === code);
    const current = names[names.length - 1].name;
    const tsvName = readTsv('functional-codes.tsv').find((r) => r.code === code).name;
    if (!row || tsvName !== current) throw new Error(`dated names for ${code} do not end with the TSV name ${tsvName}`);
  }
  addStructuralParents(rows, 'functional');
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** Add the parent a listed child implies, when no row names it. */
function addStructuralParents(rows, system) {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const child of [...rows].sort((a, b) => b.code.length - a.code.length)) {
    if (!child.parent || byCode.has(child.parent)) continue;
    const named = NAMED_STRUCTURAL[child.parent];
    const weak = child.confidence === 'W' || child.confidence === 'U';
    const parent = {
      ...(system === 'functional' ? {} : { system: child.system }),
      code: child.parent,
      level: system === 'functional' ? LEVEL_BY_LENGTH[child.parent.length] : child.parent.length === 3 ? '类' : '款',
      parent: child.parent.length > 3 ? child.parent.slice(0, child.parent.length - 2) : null,
      names: [{ name: named ? named.name : null }],
      seen: child.seen,
      evidenceYears: child.evidenceYears,
      source: named ? named.why : `inferred: parent prefix of ${child.code} (${child.source})`,
      confidence: weak ? 'W' : 'C',
      independentSources: 0,
      notes: named ? 'name from the catalog pattern, not printed with this code' : 'code implied by a listed child; name not found in any source',
      complete: false,
      origin: 'inferred-parent',
    };
    rows.push(parent);
    byCode.set(parent.code, parent);
  }
}

const ECONOMIC_SYSTEM = { 部门预算支出经济分类: 'department', 政府预算支出经济分类: 'government' };

function convertEconomic() {
  const rows = readTsv('economic-codes.tsv').map((r) => {
    const system = ECONOMIC_SYSTEM[r.system];
    if (!system) throw new Error(`unknown system ${r.system}`);
    return {
      system,
      code: r.code,
      level: r.level,
      parent: r.parent || null,
      names: [{ name: r.name }],
      seen: null,
      evidenceYears: 'unknown',
      source: r.source,
      confidence: r.confidence,
      independentSources: Number(r.n_independent_sources),
      mapsToGovernment: r.maps_to_gov_econ || undefined,
      notes: r.notes || undefined,
      complete: false,
      origin: 'reference-tsv',
    };
  });
  addStructuralParents(rows, 'economic');
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

function write(file, rows) {
  // One row per line: reviewable diffs, greppable by code.
  fs.writeFileSync(path.join(DATA, file), '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
}

function countBy(rows, key) {
  const out = {};
  for (const r of rows) {
    const k = key(r);
    out[k] = (out[k] || 0) + 1;
  }
  return out;
}

const functional = convertFunctional();
const economic = convertEconomic();
write('functional.json', functional);
write('economic.json', economic);
console.log('functional by level/origin', countBy(functional, (r) => `${r.level} ${r.origin}`));
console.log('functional by level/grade', countBy(functional, (r) => `${r.level} ${r.confidence}`));
console.log('economic by system/level/origin', countBy(economic, (r) => `${r.system} ${r.level} ${r.origin}`));
console.log('economic by system/grade', countBy(economic, (r) => `${r.system} ${r.confidence}`));
