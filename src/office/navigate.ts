/** Select a finding's cell and scroll to it; activates its sheet first when it is another one. One sync. */
export async function selectInContext(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
