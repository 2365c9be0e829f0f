/** node dist-bench/bench/makeFile.js ROWS SHEETS OUT.xlsx: write a generated department budget. */
import { writeFileSync } from 'fs';
import { departmentWorkbook } from '../scripts/generateWorkbook';
import { workbookToBuffer } from '../src/cli/writeXlsx';

async function main(): Promise<void> {
  const [rows, sheets, out] = process.argv.slice(2);
  writeFileSync(out, await workbookToBuffer(departmentWorkbook({ rows: Number(rows), sheets: Number(sheets) })));
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exit(1);
});
