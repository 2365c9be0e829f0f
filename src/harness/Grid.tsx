/**
 * The harness's stand-in for Excel's grid: sheet tabs and the active sheet's cells as a table, with
 * the add-in's fills, the selection (scrolled into view), number formats (tooltip), merges, and the
 * cells' own look (bold, size, alignment, wrap, thin borders, fill, indent, column widths).
 * Double-click a cell to type into it (a change by the user: live checking sees it). Display only.
 */
import * as React from 'react';
import type { MemoryWorkbookGateway } from '../office/memoryGateway';
import { a1, columnCount, columnLetter, parseA1 } from '../engine/workbook';
import type { CellValue } from '../engine/workbook';

function useRedraw(gateway: MemoryWorkbookGateway): void {
  const [, setTick] = React.useState(0);
  React.useEffect(() => gateway.subscribe(() => setTick((n) => n + 1)), [gateway]);
}

/** What the user typed: a number when it reads as one, else text; empty is blank. */
function typed(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) && /^[-+]?[\d,]*\.?\d+$/.test(t) ? n : text;
}

const S: Record<string, React.CSSProperties> = {
  tabs: { display: 'flex', flexWrap: 'wrap', gap: 2, padding: '6px 6px 0', borderBottom: '1px solid #ccc', background: '#f3f3f3' },
  tab: { border: '1px solid #ccc', borderBottom: 'none', background: '#e8e8e8', padding: '3px 10px', cursor: 'pointer', font: 'inherit', fontSize: 13 },
  tabActive: { background: '#fff', fontWeight: 600, color: '#0f6cbd' },
  scroll: { flex: 1, overflow: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: 12, tableLayout: 'auto' },
  head: { position: 'sticky', top: 0, background: '#f3f3f3', color: '#555', border: '1px solid #d0d0d0', padding: '1px 4px', fontWeight: 400, zIndex: 1 },
  rowHead: { position: 'sticky', left: 0, background: '#f3f3f3', color: '#555', border: '1px solid #d0d0d0', padding: '1px 4px', textAlign: 'right', fontWeight: 400 },
  cell: { border: '1px solid #e0e0e0', padding: '1px 4px', whiteSpace: 'nowrap', maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis' },
  toolbar: { display: 'flex', gap: 8, alignItems: 'center', padding: '4px 8px', fontSize: 12, color: '#444', flexWrap: 'wrap' },
};

export function Grid({ gateway, onFile, fileName }: { gateway: MemoryWorkbookGateway; onFile: (file: File) => void; fileName: string }): React.ReactElement {
  useRedraw(gateway);
  const [editing, setEditing] = React.useState<{ row: number; col: number; text: string }>();
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  const sheet = gateway.workbook.sheets.find((s) => s.name === gateway.activeSheet) ?? gateway.workbook.sheets[0];
  const sel = gateway.selection && gateway.selection.sheet === sheet?.name ? gateway.selection.cell : undefined;
  const selBox = React.useMemo(() => {
    if (!sel) return undefined;
    const [s, e = s] = sel.split(':');
    const p = parseA1(s);
    const q = parseA1(e);
    return p && q ? { top: p.row, left: p.col, bottom: q.row, right: q.col } : undefined;
  }, [sel]);
  React.useEffect(() => selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' }), [sel, sheet?.name]);

  if (!sheet) return <div style={S.toolbar}>（空工作簿 / empty workbook）</div>;
  const cols = Math.max(columnCount(sheet), 1);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const commit = () => {
    if (!editing) return;
    gateway.editCell(sheet.name, editing.row, editing.col, typed(editing.text));
    setEditing(undefined);
  };

  return (
    <>
      <div
        style={S.toolbar}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          const f = e.dataTransfer.files[0];
          if (f) onFile(f);
        }}
      >
        <label>
          打开 .xlsx（或拖放到此处）：{' '}
          <input type="file" accept=".xlsx" data-testid="file-input" onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
        </label>
        <span data-testid="file-name">{fileName}</span>
        <span>双击单元格可修改 (double-click a cell to edit)</span>
      </div>
      <div style={S.tabs} role="tablist" aria-label="工作表">
        {gateway.workbook.sheets.map((s) => (
          <button key={s.name} role="tab" aria-selected={s.name === sheet.name} style={{ ...S.tab, ...(s.name === sheet.name ? S.tabActive : {}) }} onClick={() => gateway.showSheet(s.name)}>
            {s.name}
          </button>
        ))}
      </div>
      <div style={S.scroll} data-testid="grid" data-sheet={sheet.name}>
        <table style={S.table}>
          <thead>
            <tr>
              <th style={{ ...S.head, left: 0, zIndex: 2 }} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} style={{ ...S.head, minWidth: sheet.columnWidths?.[c] ? Math.round(sheet.columnWidths[c]! * 7 + 5) : undefined }}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.cells.map((row, r) => (
              <tr key={r}>
                <th style={S.rowHead}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  if (covered.has(`${r},${c}`)) return null;
                  const cell = row?.[c];
                  const addr = a1(r, c);
                  const key = `${sheet.name}!${addr}`;
                  const fill = gateway.fills.get(key);
                  const selected = !!selBox && r >= selBox.top && r <= selBox.bottom && c >= selBox.left && c <= selBox.right;
                  const anchor = !!selBox && r === selBox.top && c === selBox.left;
                  const numeric = typeof cell?.value === 'number';
                  return (
                    <td
                      key={c}
                      {...spans.get(`${r},${c}`)}
                      ref={anchor ? selectedRef : undefined}
                      data-addr={key}
                      data-selected={selected ? 'true' : undefined}
                      data-fill={fill}
                      title={[cell?.numberFormat && `格式 ${cell.numberFormat}`, cell?.formula && `=${cell.formula}`, gateway.notes.get(key)].filter(Boolean).join('\n') || undefined}
                      onDoubleClick={() => setEditing({ row: r, col: c, text: cell?.value === null || cell?.value === undefined ? '' : String(cell.value) })}
                      style={{
                        ...S.cell,
                        background: fill ?? cell?.fill ?? undefined,
                        textAlign: cell?.horizontalAlignment ?? (numeric ? 'right' : 'left'),
                        fontWeight: cell?.bold ? 600 : undefined,
                        fontSize: cell?.fontSize ? Math.round((cell.fontSize * 12) / 11) : undefined,
                        whiteSpace: cell?.wrapText ? 'normal' : 'nowrap',
                        border: cell?.thinBorder ? '1px solid #444' : S.cell.border,
                        paddingLeft: cell?.indent ? 4 + cell.indent * 12 : undefined,
                        outline: selected ? '2px solid #107c10' : undefined,
                        outlineOffset: -2,
                      }}
                    >
                      {editing && editing.row === r && editing.col === c ? (
                        <input
                          autoFocus
                          aria-label={`编辑 ${addr}`}
                          value={editing.text}
                          onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                          onBlur={commit}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') commit();
                            if (e.key === 'Escape') setEditing(undefined);
                          }}
                          style={{ width: '100%', font: 'inherit' }}
                        />
                      ) : (
                        cell?.text ?? ''
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
