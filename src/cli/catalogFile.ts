/**
 * `--catalog FILE.xlsx|csv`: the finance bureau's official 政府收支分类科目 spreadsheet, used in place of
 * the bundled catalog. CSV files saved by Chinese Excel are usually GB18030/GBK, not UTF-8: decode by
 * what the bytes are. The loaded catalog applies to every table whatever its year: the user chose it.
 * Reading rows is shared with the task pane (src/engine/catalog/rows.ts); this adds the file system.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CatalogFileError, catalogFromRows, catalogRowsFromFile, decodeText, type Catalog } from '../engine/catalog';
import { UnreadableFileError, workbookFromBuffer } from './readXlsx';

export { decodeText };

export async function readCatalogFile(file: string): Promise<Catalog> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(code === 'ENOENT' ? '科目目录文件不存在（catalog file not found）' : `无法读取科目目录（cannot read the catalog: ${code}）`);
  }
  try {
    return catalogFromRows(await catalogRowsFromFile(path.basename(file), bytes, (_bytes, name) => workbookFromBuffer(bytes, name)));
  } catch (e) {
    throw e instanceof CatalogFileError ? new UnreadableFileError(e.message) : e;
  }
}
