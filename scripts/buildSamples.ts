/**
 * Writes the bundled sample workbooks (samples/*.xlsx) from the seed transcriptions in
 * test/fixtures/seeds. Run with `npm run samples`; the outputs are committed.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { workbookFromTsv } from './tsvWorkbook';
import { workbookToBuffer } from '../src/cli/writeXlsx';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');

export const SAMPLES: { out: string; sources: string[] }[] = [
  { out: 'seed000-shenzhen-kexie-2021.xlsx', sources: ['seed000.tsv'] },
  { out: 'seed002-keji-jiaoliu-2022.xlsx', sources: ['seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'] },
  { out: 'seed003-baoding-kexie-2021-sangong.xlsx', sources: ['seed003-sangong.tsv'] },
  { out: 'seed004-chenghua-kexie-2023.xlsx', sources: ['seed004.tsv'] },
  { out: 'seed004-chenghua-kexie-2022-previous.xlsx', sources: ['seed004-prev-2022.tsv'] },
];

async function main() {
  await fs.mkdir(path.join(ROOT, 'samples'), { recursive: true });
  for (const s of SAMPLES) {
    const text = (await Promise.all(s.sources.map((f) => fs.readFile(path.join(SEEDS, f), 'utf8')))).join('\n');
    const wb = workbookFromTsv(text, s.out);
    await fs.writeFile(path.join(ROOT, 'samples', s.out), await workbookToBuffer(wb));
    console.log(`samples/${s.out}: ${wb.sheets.length} sheet(s)`);
  }
}

if (require.main === module) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
