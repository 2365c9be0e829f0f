/**
 * 基本支出表: 基本支出, and its 人员 / 公用 / 对个人和家庭的补助 parts. Texts name these three ways
 * and each is legitimate, so each is a fact of the same key: the 人员经费 column; the 301 工资福利支出
 * row; the 人员经费 column less the 303 row when the text lists 对个人和家庭的补助 apart (seed 004:
 * 185.04 − 16.30 = 168.74). 公用: the 公用经费 column, or the 302 商品和服务支出 row.
 * Only in a table with a department total: a fragment (seed 000 表4) says nothing about the whole.
 */
import { compact } from '../../text';
import type { Panel, RecognizedTable, TableRow } from '../../types';
import type { Fact } from '../types';
import { columnWhere, currentColumn, departmentRow, factOf, isAncestor, partAt, rowFact, type Ctx } from './rows';

type Out = (f: Fact | undefined) => void;

const ECONOMIC_CLASSES: [string, RegExp][] = [
  ['301', /^工资福利支出$/],
  ['302', /^商品和服务支出$/],
  ['303', /^对个人和家庭的?补助(支出)?$/],
];

/** The economic 类 rows (by code or by name) under the department row, grouped by class. */
function classRows(panel: Panel, dept: TableRow): Map<string, TableRow[]> {
  const out = new Map<string, TableRow[]>();
  panel.rows.forEach((r, i) => {
    if (!isAncestor(panel, dept, i)) return;
    const parent = panel.rows[panel.parent[i]];
    if (parent.kind === 'code' || (parent.kind === 'item' && parent !== dept)) return;
    const label = compact(r.label);
    const cls = r.codeSystem === 'economic' && r.code && r.code.length === 3 ? r.code : ECONOMIC_CLASSES.find(([, re]) => re.test(label))?.[0];
    if (cls) {
      const list = out.get(cls); // in place: copying the list each time is quadratic
      if (list) list.push(r);
      else out.set(cls, [r]);
    }
  });
  return out;
}

export function basicFacts(table: RecognizedTable, ctx: Ctx, push: Out): void {
  for (const panel of table.panels) {
    const dept = departmentRow(panel, ctx);
    if (!dept) continue;
    const total = currentColumn(table, panel);
    push(rowFact('basic', '', '基本支出', table, panel, dept, total, ctx));
    const personnelCol = columnWhere(table, panel, /人员经费$|人员支出$/);
    const publicCol = columnWhere(table, panel, /公用经费$|公用支出$/);
    const personnelLabel = personnelCol !== undefined ? '人员经费' : '人员支出';
    const publicLabel = publicCol !== undefined ? '公用经费' : '公用支出';
    const classes = classRows(panel, dept);
    const sumOf = (cls: string, col: number | undefined) => factOf('', '', '', table, (classes.get(cls) ?? []).map((r) => partAt(table, r, col, ctx)));
    const subsidy = sumOf('303', total);

    // In the order a generated text uses them: the first fact of a key is the one printed.
    if (personnelCol !== undefined) {
      const column = factOf('personnel', '', personnelLabel, table, [partAt(table, dept, personnelCol, ctx)]);
      const subsidyInColumn = sumOf('303', personnelCol);
      if (column && subsidyInColumn && !subsidyInColumn.value.isZero()) {
        push({ ...column, value: column.value.minus(subsidyInColumn.value), decimals: Math.max(column.decimals, subsidyInColumn.decimals), cells: [...column.cells, ...subsidyInColumn.cells], label: personnelLabel });
      }
      push(column);
    }
    const wages = sumOf('301', total);
    if (wages) push({ ...wages, key: 'personnel', label: personnelLabel });
    if (publicCol !== undefined) push(factOf('public', '', publicLabel, table, [partAt(table, dept, publicCol, ctx)]));
    const goods = sumOf('302', total);
    if (goods) push({ ...goods, key: 'public', label: publicLabel });
    if (subsidy) push({ ...subsidy, key: 'subsidy', label: '对个人和家庭的补助' });
  }
}

