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
  tabs: { findings: string; sangong: string; narrative: string; format: string; settings: string };
  views: string;
  dismiss: string;
  dismissTitle: (where: string) => string;
  explanation: string;
  explanationHint: string;
  confirmDismiss: string;
  cancel: string;
  restore: string;
  dismissedAs: (text: string) => string;
  dismissed: (n: number) => string;
  showDismissed: (n: number) => string;
  dismissSaved: string;
  restored: string;
  explanations: (n: number) => string;
  copyExplanations: string;
  downloadCsv: string;
  copied: string;
  downloaded: (file: string) => string;
  csvFileName: string;
  fixTable: (n: number) => string;
  fixTableTitle: (table: string) => string;
  nothingToFix: string;
  catalog: string;
  catalogBundled: string;
  catalogLoaded: (file: string, codes: number) => string;
  catalogInUse: (what: string) => string;
  catalogHelp: string;
  loadCatalog: string;
  loadingCatalog: string;
  useBundled: string;
  catalogSet: (file: string, codes: number) => string;
  catalogReset: string;
  changeCatalog: string;
  noSangong: string;
  fillDeltas: string;
  fillDeltasHelp: string;
  oneYear: string;
  deltasComplete: string;
  sangongItem: string;
  year: (y: number) => string;
  currentYear: string;
  change: string;
  rate: string;
  printedDiffers: (printed: string) => string;
  filled: (cells: number) => string;
  copyNarrative: string;
  insertNarrative: string;
  previousOwn: string;
  previousFrom: (file: string) => string;
  loadPrevious: string;
  clearPrevious: string;
  previousLoaded: (file: string) => string;
  noNarrative: string;
  sources: (n: number) => string;
  narrativeCopied: string;
  narrativeSheet: string;
  inserted: (sheet: string) => string;
  formatCurrent: string;
  formatAll: string;
  formatTable: string;
  formatHelp: string;
  notInTable: string;
  alreadyFormatted: string;
  formatted: (title: string) => string;
  charts: string;
  chartsHelp: (n: number) => string;
  noCharts: string;
  insertCharts: string;
  chartsAdded: (n: number) => string;
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
  tabs: { findings: '问题', sangong: '三公', narrative: '说明', format: '格式', settings: '设置' },
  views: '视图',
  dismiss: '忽略',
  dismissTitle: (where) => `忽略 ${where} 的问题并填写出错说明`,
  explanation: '出错说明',
  explanationHint: '说明此处为何无误（将随工作簿保存，并可导出）',
  confirmDismiss: '确定',
  cancel: '取消',
  restore: '恢复',
  dismissedAs: (text) => `已忽略：${text}`,
  dismissed: (n) => `已忽略 ${n} 条`,
  showDismissed: (n) => `显示已忽略（${n}）`,
  dismissSaved: '已保存出错说明，该问题已隐藏。',
  restored: '已恢复该问题。',
  explanations: (n) => `出错说明（${n} 条）`,
  copyExplanations: '复制',
  downloadCsv: '下载 CSV',
  copied: '已复制到剪贴板。',
  downloaded: (file) => `已下载 ${file}`,
  csvFileName: '出错说明.csv',
  fixTable: (n) => `全部修正（${n}）`,
  fixTableTitle: (table) => `全部修正：${table}`,
  nothingToFix: '本表没有可自动修正的问题。',
  catalog: '科目目录',
  catalogBundled: '内置目录（不完整）',
  catalogLoaded: (file, codes) => `已载入：${file}，${codes} 个科目`,
  catalogInUse: (what) => `科目目录：${what}`,
  catalogHelp: '载入财政部门下发的《政府收支分类科目》（.xlsx 或 .csv）后，目录中没有的科目编码按错误报告。目录随本工作簿保存。',
  loadCatalog: '载入官方科目目录…',
  loadingCatalog: '正在读取科目目录…',
  useBundled: '改用内置目录',
  catalogSet: (file, codes) => `已载入科目目录 ${file}（${codes} 个科目），已重新检查。`,
  catalogReset: '已改用内置目录，已重新检查。',
  changeCatalog: '更改',
  noSangong: '未识别出“三公”经费表。',
  fillDeltas: '填入增减',
  fillDeltasHelp: '按“本年 − 上年”计算增减数和增减率，写入表内的增减行或列；表内没有时，按表格式样加在表的下方或右侧。可撤销。',
  oneYear: '“三公”经费表只列了一年的数字，无法计算增减。',
  deltasComplete: '增减数与增减率已齐全，无需填写。',
  sangongItem: '项目',
  year: (y) => `${y}年`,
  currentYear: '本年',
  change: '增减',
  rate: '增减率',
  printedDiffers: (printed) => `表内所列增减为 ${printed}，与计算不符`,
  filled: (n) => `已填入“三公”经费增减数与增减率（${n} 个单元格）。`,
  copyNarrative: '复制',
  insertNarrative: '插入到工作表',
  previousOwn: '上年数取自表内的上年列（如有）。',
  previousFrom: (file) => `上年数取自 ${file}。`,
  loadPrevious: '载入上年预算表…',
  clearPrevious: '不用上年预算表',
  previousLoaded: (file) => `已载入上年预算表 ${file}，说明已重新生成。`,
  noNarrative: '没有可据以生成说明的表。',
  sources: (n) => `数据来源（${n} 个数字）`,
  narrativeCopied: '已将说明复制到剪贴板。',
  narrativeSheet: '说明',
  inserted: (sheet) => `已插入工作表“${sheet}”。`,
  formatCurrent: '格式化当前表格',
  formatAll: '格式化全部表格',
  formatTable: '格式化',
  formatHelp: '按公开模板设置标题、表头、金额格式、科目缩进、列宽并冻结表头。“当前表格”指所选单元格所在的表。可撤销。',
  notInTable: '所选单元格不在识别出的表格中：请先在要格式化的表格中任选一个单元格。',
  alreadyFormatted: '表格已是标准格式，无需修改。',
  formatted: (title) => `已完成：${title}`,
  charts: '图表',
  chartsHelp: (n) => `可在表格右侧插入 ${n} 个图表（一般公共预算支出按类构成、“三公”经费两年对比）。可撤销。`,
  noCharts: '没有可作图的表（一般公共预算支出表、“三公”经费表）。',
  insertCharts: '插入图表',
  chartsAdded: (n) => `已插入 ${n} 个图表。`,
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
  tabs: { findings: 'Problems', sangong: '三公', narrative: 'Text', format: 'Format', settings: 'Settings' },
  views: 'Views',
  dismiss: 'Dismiss',
  dismissTitle: (where) => `Dismiss the problem at ${where} with an explanation`,
  explanation: 'Explanation (出错说明)',
  explanationHint: 'Why the figure is right (saved with the workbook, exportable)',
  confirmDismiss: 'OK',
  cancel: 'Cancel',
  restore: 'Restore',
  dismissedAs: (text) => `Dismissed: ${text}`,
  dismissed: (n) => `${n} dismissed`,
  showDismissed: (n) => `Show dismissed (${n})`,
  dismissSaved: 'Explanation saved; the problem is hidden.',
  restored: 'The problem is shown again.',
  explanations: (n) => `Explanations (${n})`,
  copyExplanations: 'Copy',
  downloadCsv: 'Download CSV',
  copied: 'Copied to the clipboard.',
  downloaded: (file) => `Downloaded ${file}`,
  csvFileName: 'explanations.csv',
  fixTable: (n) => `Fix all (${n})`,
  fixTableTitle: (table) => `Fix all: ${table}`,
  nothingToFix: 'Nothing in this table can be fixed automatically.',
  catalog: 'Code catalog',
  catalogBundled: 'bundled (incomplete)',
  catalogLoaded: (file, codes) => `loaded: ${file}, ${codes} codes`,
  catalogInUse: (what) => `Code catalog: ${what}`,
  catalogHelp: 'Load the official 政府收支分类科目 (.xlsx or .csv) from your finance bureau: codes missing from it are then errors. It is saved with this workbook.',
  loadCatalog: 'Load the official catalog…',
  loadingCatalog: 'Reading the catalog…',
  useBundled: 'Use the bundled catalog',
  catalogSet: (file, codes) => `Catalog ${file} loaded (${codes} codes); checked again.`,
  catalogReset: 'Back to the bundled catalog; checked again.',
  changeCatalog: 'Change',
  noSangong: 'No 三公 table found.',
  fillDeltas: 'Fill in changes',
  fillDeltasHelp: 'Computes the change (this year − last year) and the rate, and writes them into the table’s 增减 row or column, or next to the table in its layout when it has none. Can be undone.',
  oneYear: 'The 三公 table shows one year only: no change to compute.',
  deltasComplete: 'The changes and rates are all there already.',
  sangongItem: 'Item',
  year: (y) => String(y),
  currentYear: 'This year',
  change: 'Change',
  rate: 'Rate',
  printedDiffers: (printed) => `the table prints ${printed}, which disagrees`,
  filled: (n) => `三公 changes and rates filled in (${n} cell${n === 1 ? '' : 's'}).`,
  copyNarrative: 'Copy',
  insertNarrative: 'Insert as a sheet',
  previousOwn: 'Last year’s figures come from the tables’ own 上年 columns, if any.',
  previousFrom: (file) => `Last year’s figures come from ${file}.`,
  loadPrevious: 'Load last year’s workbook…',
  clearPrevious: 'Do not use it',
  previousLoaded: (file) => `Last year’s workbook ${file} loaded; the text was generated again.`,
  noNarrative: 'No table to write the text from.',
  sources: (n) => `Sources (${n} figure${n === 1 ? '' : 's'})`,
  narrativeCopied: 'The text was copied to the clipboard.',
  narrativeSheet: 'Notes',
  inserted: (sheet) => `Sheet “${sheet}” inserted.`,
  formatCurrent: 'Format this table',
  formatAll: 'Format all tables',
  formatTable: 'Format',
  formatHelp: 'Gives tables the published style: title, header, amount formats, indents, column widths, frozen header. “This table” is the one the selected cell is in. Can be undone.',
  notInTable: 'The selected cell is in no recognized table: select any cell of the table to format first.',
  alreadyFormatted: 'The table is already in the published style.',
  formatted: (title) => `Done: ${title}`,
  charts: 'Charts',
  chartsHelp: (n) => `${n} chart${n === 1 ? '' : 's'} can go right of the tables (general budget by class, 三公 by year). Can be undone.`,
  noCharts: 'No table to chart (general budget expenditure, 三公).',
  insertCharts: 'Insert charts',
  chartsAdded: (n) => `${n} chart${n === 1 ? '' : 's'} inserted.`,
};

/** zh-CN unless the display language is known and not Chinese. */
export function stringsFor(displayLanguage: string | undefined): Strings {
  if (!displayLanguage) return zhCN;
  return /^zh\b/i.test(displayLanguage) ? zhCN : enUS;
}
