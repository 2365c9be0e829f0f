/** Select a finding's cell and scroll to it; activates its sheet first when it is another one. One sync. */
export async function selectInContext(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** `'My sheet'!B3` -> { sheet: "My sheet", cell: "B3" }. */
export function splitAddress(address: string): { sheet: string; cell: string } | undefined {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return undefined;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1) };
}

/** The active cell (ExcelApi 1.7), one sync. */
export async function activeCellInContext(context: Excel.RequestContext): Promise<{ sheet: string; cell: string } | undefined> {
  const cell = context.workbook.getActiveCell();
  cell.load('address');
  await context.sync();
  return splitAddress(cell.address);
}
