/**
 * 类 and 项 totals of the tables by functional code (一般公共预算支出表, 支出总表): a 类 as printed
 * (summed over units when each unit prints its own), or summed from its top-most code rows when
 * only 项 rows are printed (seed 004). Amounts of the year's own appropriation (当年财政拨款) when the
 * table splits it from 上年结转.
 */
import type { Panel, RecognizedTable, TableRow } from '../../types';
import type { Fact } from '../types';
import { columnWhere, currentColumn, factOf, partAt, type Ctx } from './rows';

type Out = (f: Fact | undefined) => void;

/** Add to a list in a map, in place (copying the list each time is quadratic in a 100,000-row table). */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The column of this year's money: 当年财政拨款(安排) when split from 上年结转, else the first. */
export function appropriationColumn(table: RecognizedTable, panel: Panel): number | undefined {
  return columnWhere(table, panel, /当年(财政)?拨款/) ?? currentColumn(table, panel);
}

function isFunctional(r: TableRow): boolean {
  return r.kind === 'code' && r.codeSystem === 'functional' && !!r.code;
}

/** Rows whose parent is not itself a code row: each code's top-most appearance under a unit or total. */
function topCodeRows(panel: Panel): TableRow[] {
  return panel.rows.filter((r, i) => isFunctional(r) && !(panel.parent[i] >= 0 && panel.rows[panel.parent[i]].kind === 'code'));
}

export function classFacts(table: RecognizedTable, ctx: Ctx, push: Out): void {
  for (const panel of table.panels) {
    const col = table.kind === 'general-budget-expenditure' ? appropriationColumn(table, panel) : currentColumn(table, panel);
    const byClass = new Map<string, TableRow[]>();
    for (const r of topCodeRows(panel)) {
      const cls = r.code!.slice(0, 3);
      append(byClass, cls, r);
    }
    for (const [cls, rows] of byClass) {
      const printed = rows.find((r) => r.code === cls);
      push(factOf(`class:${cls}`, '', printed ? printed.label : cls, table, rows.map((r) => partAt(table, r, col, ctx))));
    }
    const items = new Map<string, TableRow[]>();
    for (const r of panel.rows) if (isFunctional(r) && r.code!.length === 7) append(items, r.code!, r);
    for (const [code, rows] of items) push(factOf(`item:${code}`, '', rows[0].label, table, rows.map((r) => partAt(table, r, col, ctx))));
  }
}
