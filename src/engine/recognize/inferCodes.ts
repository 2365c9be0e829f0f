/**
 * 收支总表 and 财政拨款收支总表 print their expenditure side by name only (一、科学技术支出 / 科学技术普及 /
 * 机构运行). Read each row's functional code from its name, its place and its indentation: a 项 name
 * is looked up under the 款 above it (机构运行 is 2060501 under 20605 and 2060701 under 20607), a 款
 * under the 类 above it, a 类 by name. Tables list subjects in code order and each once, which settles
 * a 项 whose 款 row is missing. The panel's hierarchy is then rebuilt with the codes, so 类 = Σ款 = Σ项
 * is checked like a coded table. Recognition stays catalog-free: checkWorkbook runs this right after it.
 */
import { parentCode, type Catalog, type NameMatch } from '../catalog';
import { normalizeSubjectName } from '../catalog/normalize';
import type { InferredFrom, Panel, RecognizedTable, TableKind, TableRow } from '../types';
import { splitOrdinal } from '../text';
import { buildHierarchy } from './hierarchy';
import { mapPacked } from '../packed';

const INFERRED_KINDS: ReadonlySet<TableKind> = new Set(['income-expenditure-summary', 'fiscal-appropriation-summary']);

/** Expenditure-side lines that are no functional subject (本年支出, 上缴上级支出, 结转下年 …): they end a 类's block. */
const NOT_A_SUBJECT =
  /^(本年支出|上年结转|上年结余|上缴上级|对附属单位补助|结转下年|年终结转结余|年末结转结余|结转结余|事业单位结余分配|结余分配|转入事业基金|用事业基金弥补收支差额|提取|基本支出|项目支出|经营支出|事业单位经营|一般公共预算支出|政府性基金预算支出$)/;

interface Open {
  code: string;
  indent: number;
}

/** What the rows above say: the open 类 and 款, the last code (tables go in code order), the codes used. */
interface State {
  cls?: Open;
  kuan?: Open;
  last: string;
  used: Set<string>;
}

interface Inference {
  code: string;
  from: InferredFrom;
}

/** Where a name is looked for, nearest first: under the open 款, the open 类, among 类, anywhere. */
type Source = 'xiang' | 'kuan' | 'class' | 'xiangInClass' | 'anywhere';

const ORDER_BY_LEVEL: Record<'none' | 0 | 1 | 2, Source[]> = {
  none: ['xiang', 'kuan', 'class', 'xiangInClass', 'anywhere'],
  0: ['class', 'kuan', 'xiang', 'xiangInClass', 'anywhere'],
  1: ['kuan', 'class', 'xiang', 'xiangInClass', 'anywhere'],
  2: ['xiang', 'xiangInClass', 'kuan', 'class', 'anywhere'],
};

/** Sources that name a code only when one candidate is left (no parent row narrows them). */
const NEEDS_ONE: ReadonlySet<Source> = new Set(['xiangInClass', 'anywhere']);

const levelOf = (code: string): number => (code.length - 3) / 2;

function subjectName(row: TableRow): string {
  return splitOrdinal(row.label).rest;
}

function isOther(name: string): boolean {
  return normalizeSubjectName(name).includes('其他');
}

function preferCurrent(matches: NameMatch[]): NameMatch[] {
  const current = matches.filter((m) => m.matched === 'current');
  return current.length ? current : matches;
}

class PanelInference {
  private readonly state: State = { last: '', used: new Set() };
  /** Rows shift by indentation only where the panel shows more than one indent. */
  private readonly indented: boolean;

  constructor(
    private readonly panel: Panel,
    private readonly catalog: Catalog,
    private readonly year: number,
  ) {
    const indents = new Set(mapPacked(panel.rows.filter((r) => r.kind === 'item'), (r) => r.indent));
    this.indented = indents.size > 1;
  }

  run(): void {
    const rows = this.panel.rows;
    rows.forEach((row, i) => {
      if (row.kind === 'total' || row.kind === 'unit' || row.kind === 'group') return this.reset();
      if (row.kind === 'code') return this.openPrinted(row);
      if (row.kind !== 'item') return;
      if (NOT_A_SUBJECT.test(subjectName(row))) return this.reset();
      const found = this.resolve(row, i) ?? this.catchAll(row) ?? this.fromChildren(row, i);
      if (!found) return;
      row.inferredCode = found.code;
      row.inferredFrom = found.from;
      this.open(found.code, row.indent);
    });
    this.markUnsureBlocks();
  }

  private reset(): void {
    this.state.cls = undefined;
    this.state.kuan = undefined;
    this.state.last = '';
    this.state.used = new Set();
  }

  /** A row that prints its own functional code places the rows below it too. */
  private openPrinted(row: TableRow): void {
    if (row.codeSystem === 'functional' && row.code && /^\d{3}(?:\d{2}){0,2}$/.test(row.code)) this.open(row.code, row.indent);
  }

  private open(code: string, indent: number): void {
    const s = this.state;
    s.used.add(code);
    s.last = code;
    if (code.length === 3) {
      s.cls = { code, indent };
      s.kuan = undefined;
      return;
    }
    // A 款 or 项 whose 类 or 款 row is not listed: the rows below belong to that 类 / 款 too.
    if (s.cls?.code !== code.slice(0, 3)) s.cls = { code: code.slice(0, 3), indent: indent - levelOf(code) };
    if (code.length === 5) s.kuan = { code, indent };
    else if (s.kuan?.code !== parentCode(code)) s.kuan = { code: parentCode(code)!, indent: indent - 1 };
  }

  /** The level the row's ordinal and indentation point to, if they point anywhere. */
  private hintedLevel(row: TableRow): 'none' | 0 | 1 | 2 {
    if (row.ordinal === 1) return 0;
    if (!this.indented) return 'none';
    const { cls, kuan } = this.state;
    if (cls && row.indent <= cls.indent) return 0;
    if (kuan && row.indent <= kuan.indent) return 1;
    if (kuan) return 2;
    return cls ? 1 : 'none';
  }

  private candidates(source: Source, name: string): NameMatch[] {
    const { cls, kuan } = this.state;
    const c = this.catalog;
    switch (source) {
      case 'xiang':
        return kuan ? c.childrenByName(kuan.code, name, this.year) : [];
      case 'kuan':
        return cls ? c.childrenByName(cls.code, name, this.year) : [];
      case 'class':
        return c.childrenByName('', name, this.year);
      case 'xiangInClass':
        return cls ? c.rowsNamed(name, 'functional', this.year).filter((m) => m.entry.level === '项' && m.entry.code.startsWith(cls.code) && m.entry.parent !== kuan?.code) : [];
      case 'anywhere':
        return c.rowsNamed(name, 'functional', this.year).filter((m) => m.entry.level !== '类');
    }
  }

  /** Codes a source offers: current names first, never a code already listed, in code order if asked. */
  private codes(source: Source, name: string, inOrder: boolean): string[] {
    const codes = preferCurrent(this.candidates(source, name))
      .map((m) => m.entry.code)
      .filter((code) => !this.state.used.has(code) && (!inOrder || code > this.state.last));
    return [...new Set(codes)].sort();
  }

  /** Two passes: first only codes that keep the table in code order, then any. */
  private resolve(row: TableRow, i: number): Inference | undefined {
    const name = subjectName(row);
    for (const inOrder of [true, false]) {
      for (const source of ORDER_BY_LEVEL[this.hintedLevel(row)]) {
        const code = this.choose(source, this.codes(source, name, inOrder), name, i);
        if (code) return { code, from: 'name' };
      }
    }
    return undefined;
  }

  private choose(source: Source, codes: string[], name: string, i: number): string | undefined {
    if (codes.length <= 1) return codes[0];
    if (NEEDS_ONE.has(source)) {
      // 机构运行 under an unlisted 款: the next row's 款 decides.
      const next = this.nextKuans(i);
      const same = codes.filter((c) => next.has(parentCode(c)!));
      return same.length === 1 ? same[0] : undefined;
    }
    const catchAll = codes.filter((c) => c.endsWith('99'));
    if (isOther(name) && catchAll.length === 1) return catchAll[0];
    return codes[0]; // the next in code order
  }

  /** 款 of the 项 the next name-only row may be in the open 类. */
  private nextKuans(i: number): Set<string | null> {
    const rows = this.panel.rows;
    let j = i + 1;
    while (j < rows.length && rows[j].kind === 'memo') j++;
    const next = rows[j];
    if (!next || next.kind !== 'item') return new Set();
    return new Set(mapPacked(this.codes('xiangInClass', subjectName(next), false), parentCode));
  }

  /**
   * `其他…` names the catalog lacks: the 99 item, the official catch-all of every 款 (and 类). 其他卫生健康支出
   * right under 类 210 is 款 21099; 财政对其他基本医疗保险基金的补助 under 款 21012 is 2101299.
   */
  private catchAll(row: TableRow): Inference | undefined {
    const name = subjectName(row);
    // A loaded official catalog names every 99 item: a 其他… name it does not know is no subject.
    if (!isOther(name) || this.catalog.isUserLoaded) return undefined;
    const { cls, kuan } = this.state;
    const options: string[] = [];
    const className = cls ? this.catalog.functionalEntry(cls.code, this.year)?.name : undefined;
    if (cls && className && normalizeSubjectName(name) === normalizeSubjectName('其他' + className)) options.push(cls.code + '99');
    if (kuan) options.push(kuan.code + '99');
    const code = options.find((c) => !this.state.used.has(c) && c > this.state.last && !this.catalog.functionalEntry(c, this.year)?.name);
    return code ? { code, from: 'catch-all' } : undefined;
  }

  /**
   * A name that matches no catalog row, right above 项 rows of one 款 that is not listed: that 款
   * (the bundled catalog knows 20502 only from its 项 2050203, not by the name 普通教育).
   */
  private fromChildren(row: TableRow, i: number): Inference | undefined {
    if (!this.state.cls || (this.indented && this.hintedLevel(row) !== 1)) return undefined;
    const kuans = [...this.nextKuans(i)].filter((k): k is string => k !== null && k !== this.state.kuan?.code);
    if (kuans.length !== 1) return undefined;
    const code = kuans[0];
    if (this.state.used.has(code) || code <= this.state.last) return undefined;
    return this.catalog.functionalEntry(code, this.year)?.name ? undefined : { code, from: 'children' };
  }

  /**
   * A name no code was found for inside a 类's block (or a 类 name that matched nothing) could be a
   * misspelt 款 or 项, or a subject the catalog lacks: the block's 款 and 项 codes are unsure. They
   * are not checked against the hierarchy, and in a table without indentation not summed either.
   */
  private markUnsureBlocks(): void {
    let block: TableRow[] = [];
    let unsure = false;
    const close = () => {
      if (unsure) for (const r of block) if (r.inferredCode && r.inferredCode.length > 3) r.inferredUnsure = true;
      block = [];
      unsure = false;
    };
    const rows = this.panel.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.kind === 'memo') continue;
      if (row.kind !== 'item' || NOT_A_SUBJECT.test(subjectName(row))) {
        close();
        continue;
      }
      const found = row.inferredCode !== undefined;
      if ((found && row.inferredCode!.length === 3) || (!found && row.ordinal === 1)) close(); // a new 类 block
      block.push(row);
      if (!found) unsure = true;
    }
    close();
  }
}

/** The expenditure panels whose rows are named, not coded. */
function inferablePanels(table: RecognizedTable): Panel[] {
  if (!INFERRED_KINDS.has(table.kind)) return [];
  return table.panels.filter((p) => p.side === 'expenditure' && p.rows.some((r) => r.kind === 'item'));
}

/**
 * Give each name-only expenditure row of the 收支总表 / 财政拨款收支总表 its functional code
 * (`row.inferredCode`), in the table's year, and rebuild those panels' hierarchy with the codes.
 */
export function inferCodes(tables: RecognizedTable[], catalog: Catalog, options: { year?: number | null } = {}): void {
  for (const table of tables) {
    const year = catalog.resolveYear(table.year ?? options.year);
    for (const panel of inferablePanels(table)) {
      new PanelInference(panel, catalog, year).run();
      panel.parent = buildHierarchy(panel, table.kind);
    }
  }
}
