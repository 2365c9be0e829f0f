/** Column roles from heading words, checked against what the body holds. */
import type { ColumnRole, TableColumn } from '../types';
import { mapPacked } from '../packed';
import { TextCache } from '../textCache';

const ROLE_BY_LEAF: [RegExp, ColumnRole][] = [
  [/^类$/, 'code-lei'],
  [/^款$/, 'code-kuan'],
  [/^项$/, 'code-xiang'],
  [/科目编码$|科目代码$|^编码$|^功能分类科目编码$|^经济分类科目编码$|^科目编号$/, 'code'],
  [/单位代码|单位编码|^编号$|^代码$/, 'unit-code'],
  [/^年度$|^年份$|^年度\/项目$/, 'year'],
  [/时间|原因|说明|备注|内容|目标|指标|依据|用途$/, 'text'],
  [/^(项目|科目|科目名称|项目名称|预算单位|单位名称|单位名称\(科目\)|支出项目类别|采购品目|功能科目|名称|部门\(单位\)名称|单位\(项目\)名称|项目\(科目\)|支出功能分类科目|支出经济分类科目)$/, 'label'],
];

/** Roles by heading path, its levels joined: every sheet of a table set repeats the same headings. */
const ROLES = new TextCache<ColumnRole>(10000);
const LEVEL_JOIN = '\u0001';

export function roleOfPath(path: string[]): ColumnRole {
  return ROLES.get(path.join(LEVEL_JOIN), readRole);
}

function readRole(key: string): ColumnRole {
  const path = key === '' ? [] : key.split(LEVEL_JOIN);
  const leaf = path[path.length - 1] ?? '';
  for (const [re, role] of ROLE_BY_LEAF) if (re.test(leaf)) return role;
  // A spread heading such as 科目编码 over 类|款|项 with an empty leaf below it.
  if (path.some((p) => /科目编码/.test(p)) && path.length <= 2 && !/合计|金额|预算|支出|拨款/.test(leaf)) return 'text';
  if (!leaf) return 'text';
  return 'amount';
}

/** Keep only the first column of each split code role; later ones are stray (PDF misalignment). */
export function dedupeCodeRoles(columns: TableColumn[]): TableColumn[] {
  const seen = new Set<ColumnRole>();
  const split = columns.some((c) => c.role === 'code-lei');
  return mapPacked(columns, (c) => {
    if (split && c.role === 'code') return { ...c, role: 'text' };
    if (c.role === 'code-lei' || c.role === 'code-kuan' || c.role === 'code-xiang' || c.role === 'code') {
      if (seen.has(c.role)) return { ...c, role: 'text' };
      seen.add(c.role);
    }
    return c;
  });
}

export function isCodeRole(role: ColumnRole): boolean {
  return role === 'code' || role === 'code-lei' || role === 'code-kuan' || role === 'code-xiang';
}
