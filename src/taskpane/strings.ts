/**
 * The task pane's words: zh-CN by default, English when Office's display language is not Chinese.
 * Finding messages come from the engine (Chinese first, with an English gloss) and are not translated.
 */
export interface Strings {
  lang: string;
  appTitle: string;
  check: string;
  checking: string;
  recheck: string;
  tablesFound: (n: number) => string;
  errors: string;
  warnings: string;
  infos: string;
  severityFilter: string;
  noFindings: string;
  /** The workbook holds no table the checker recognizes. */
  noTables: string;
  notChecked: string;
  otherFindings: string;
  fix: string;
  fixTitle: (plan: string) => string;
  undo: string;
  undone: string;
  nothingToUndo: string;
  applied: (title: string) => string;
  markAll: string;
  clearMarks: string;
  marked: (n: number) => string;
  marksCleared: string;
  live: string;
  liveOn: string;
  goTo: (where: string) => string;
  expectedActual: (expected: string, actual: string) => string;
  hidden: (n: number) => string;
  failed: (why: string) => string;
  engine: (v: string) => string;
  severity: { error: string; warning: string; info: string };
}

export const zhCN: Strings = {
  lang: 'zh-CN',
  appTitle: '预算表校验助手',
  check: '检查工作簿',
  checking: '正在检查…',
  recheck: '重新检查',
  tablesFound: (n) => `识别出 ${n} 张表`,
  errors: '错误',
  warnings: '警告',
  infos: '提示',
  severityFilter: '按严重程度筛选',
  noFindings: '没有发现问题。',
  noTables: '未找到标准预算表：请确认工作簿中有部门预算公开表（如“一般公共预算支出表”），且表头完整。',
  notChecked: '点击“检查工作簿”开始校验。',
  otherFindings: '其他',
  fix: '修正',
  fixTitle: (plan) => `修正：${plan}`,
  undo: '撤销',
  undone: '已撤销上一次修正。',
  nothingToUndo: '没有可撤销的修正。',
  applied: (title) => `已修正：${title}`,
  markAll: '标出问题单元格',
  clearMarks: '清除标记',
  marked: (n) => `已用底色标出 ${n} 个单元格。`,
  marksCleared: '已清除助手添加的底色标记。',
  live: '实时校验',
  liveOn: '修改单元格后自动重新检查',
  goTo: (where) => `定位到 ${where}`,
  expectedActual: (e, a) => `应为 ${e}，实为 ${a}`,
  hidden: (n) => `另有 ${n} 条已被筛选隐藏`,
  failed: (why) => `操作失败：${why}`,
  engine: (v) => `校验引擎 ${v}`,
  severity: { error: '错误', warning: '警告', info: '提示' },
};

export const enUS: Strings = {
  lang: 'en-US',
  appTitle: 'Budget Table Checker',
  check: 'Check workbook',
  checking: 'Checking…',
  recheck: 'Check again',
  tablesFound: (n) => `${n} table${n === 1 ? '' : 's'} found`,
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  severityFilter: 'Filter by severity',
  noFindings: 'No problems found.',
  noTables: 'No standard budget table found: the checker looks for the published budget tables (e.g. 一般公共预算支出表) with their headers.',
  notChecked: 'Click “Check workbook” to start.',
  otherFindings: 'Other',
  fix: 'Fix',
  fixTitle: (plan) => `Fix: ${plan}`,
  undo: 'Undo',
  undone: 'The last fix was undone.',
  nothingToUndo: 'Nothing to undo.',
  applied: (title) => `Fixed: ${title}`,
  markAll: 'Highlight cells',
  clearMarks: 'Clear highlights',
  marked: (n) => `${n} cell${n === 1 ? '' : 's'} highlighted.`,
  marksCleared: 'The highlights the checker added were removed.',
  live: 'Live check',
  liveOn: 'Check again after each edit',
  goTo: (where) => `Go to ${where}`,
  expectedActual: (e, a) => `expected ${e}, found ${a}`,
  hidden: (n) => `${n} more hidden by the filter`,
  failed: (why) => `Failed: ${why}`,
  engine: (v) => `Engine ${v}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** zh-CN unless the display language is known and not Chinese. */
export function stringsFor(displayLanguage: string | undefined): Strings {
  if (!displayLanguage) return zhCN;
  return /^zh\b/i.test(displayLanguage) ? zhCN : enUS;
}
