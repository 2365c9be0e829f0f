/**
 * A panel's body rows, kept as columns, each row a small view over its slot.
 *
 * Why not an object per row: a check keeps its rows to its end, and at 100,000 rows a row object
 * (13 fields, 128 bytes) and its figures' view (40 more) were most of what it kept. Every scavenge
 * during the check copied all the rows made so far, and promoted them: keeping the rows alone cost
 * 20 ms a check there, against 0.1 ms at 10,000 (measured), so a large table cost more per row than
 * a small one. Here a row is a view of three fields (48 bytes); its values live in typed arrays,
 * which the collector never copies, and in arrays of one entry per row, which at that length live in
 * large-object space and are not copied either.
 */
import type { Amount, CodeSystem, InferredFrom, RowKind, TableRow } from '../types';
import { PanelFigures, RowAmounts } from './rowAmounts';

const KINDS: readonly RowKind[] = ['total', 'group', 'unit', 'code', 'item', 'memo', 'year'];
/** Index 0: none. */
const SYSTEMS: readonly (CodeSystem | undefined)[] = [undefined, 'functional', 'economic', 'procurement'];
/** How a code was inferred, as one byte (index 0: not inferred); the code rules' list keeps it so too. */
export const INFERRED_FROMS: readonly (InferredFrom | undefined)[] = [undefined, 'name', 'catch-all', 'children'];
/** inferredUnsure: index 0 none, 1 false, 2 true. */
const UNSURE: readonly (boolean | undefined)[] = [undefined, false, true];

function indexIn<T>(list: readonly T[], value: T): number {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`not a row value: ${String(value)}`);
  return i;
}

/** The columns of a panel's rows, by slot (a slot is the row's place among the table's body rows). */
export class PanelRows {
  readonly rows: Int32Array;
  readonly kinds: Uint8Array;
  readonly labels: string[];
  readonly labelCols: Int32Array;
  readonly codes: (string | undefined)[];
  readonly systems: Uint8Array;
  readonly codeCols: (readonly number[] | undefined)[];
  readonly indents: Int32Array;
  readonly ordinals: Uint8Array;
  /** Set by inferCodes for a few rows: made on the first one. */
  inferredCodes: (string | undefined)[] | undefined = undefined;
  inferredFroms: Uint8Array | undefined = undefined;
  inferredUnsure: Uint8Array | undefined = undefined;

  constructor(
    readonly figures: PanelFigures,
    readonly length: number,
  ) {
    this.rows = new Int32Array(length);
    this.kinds = new Uint8Array(length);
    this.labels = new Array<string>(length);
    this.labelCols = new Int32Array(length);
    this.codes = new Array<string | undefined>(length);
    this.systems = new Uint8Array(length);
    this.codeCols = new Array<readonly number[] | undefined>(length);
    this.indents = new Int32Array(length);
    this.ordinals = new Uint8Array(length);
  }

  /** Keep a row's values at `slot` (what readBodyRow read). */
  put(slot: number, row: number, kind: RowKind, label: string, labelCol: number, code: string | undefined, system: CodeSystem | undefined, codeCols: readonly number[] | undefined, indent: number, ordinal: 0 | 1 | 2): void {
    this.rows[slot] = row;
    this.kinds[slot] = indexIn(KINDS, kind);
    this.labels[slot] = label;
    this.labelCols[slot] = labelCol;
    this.codes[slot] = code;
    this.systems[slot] = system === undefined ? 0 : indexIn(SYSTEMS, system);
    this.codeCols[slot] = codeCols;
    this.indents[slot] = indent;
    this.ordinals[slot] = ordinal;
  }
}

/**
 * A body row: a view over its slot of the panel's columns. It is also its own figures' view (a
 * RowAmounts), so a row is one object, not two.
 */
export class BodyRow extends RowAmounts implements TableRow {
  constructor(
    private readonly panel: PanelRows,
    slot: number,
  ) {
    super(panel.figures, slot);
  }

  get row(): number {
    return this.panel.rows[this.slot];
  }

  get kind(): RowKind {
    return KINDS[this.panel.kinds[this.slot]];
  }

  set kind(kind: RowKind) {
    this.panel.kinds[this.slot] = indexIn(KINDS, kind);
  }

  get label(): string {
    return this.panel.labels[this.slot];
  }

  get labelCol(): number {
    return this.panel.labelCols[this.slot];
  }

  get code(): string | undefined {
    return this.panel.codes[this.slot];
  }

  get codeSystem(): CodeSystem | undefined {
    return SYSTEMS[this.panel.systems[this.slot]];
  }

  get codeCols(): readonly number[] | undefined {
    return this.panel.codeCols[this.slot];
  }

  get indent(): number {
    return this.panel.indents[this.slot];
  }

  get ordinal(): 0 | 1 | 2 {
    return this.panel.ordinals[this.slot] as 0 | 1 | 2;
  }

  get amounts(): ReadonlyMap<number, Amount> {
    return this;
  }

  get inferredCode(): string | undefined {
    const codes = this.panel.inferredCodes;
    return codes === undefined ? undefined : codes[this.slot];
  }

  set inferredCode(code: string | undefined) {
    const panel = this.panel;
    if (panel.inferredCodes === undefined) panel.inferredCodes = new Array<string | undefined>(panel.length);
    panel.inferredCodes[this.slot] = code;
  }

  get inferredFrom(): InferredFrom | undefined {
    const froms = this.panel.inferredFroms;
    return froms === undefined ? undefined : INFERRED_FROMS[froms[this.slot]];
  }

  set inferredFrom(from: InferredFrom | undefined) {
    this.bytes('inferredFroms')[this.slot] = from === undefined ? 0 : indexIn(INFERRED_FROMS, from);
  }

  get inferredUnsure(): boolean | undefined {
    const unsure = this.panel.inferredUnsure;
    return unsure === undefined ? undefined : UNSURE[unsure[this.slot]];
  }

  set inferredUnsure(value: boolean | undefined) {
    this.bytes('inferredUnsure')[this.slot] = UNSURE.indexOf(value);
  }

  /** A column of the inferred-code bytes, made on its first write (most panels have none). */
  private bytes(column: 'inferredFroms' | 'inferredUnsure'): Uint8Array {
    return (this.panel[column] ??= new Uint8Array(this.panel.length));
  }

  /** The row's values as a plain object, as a row object was serialized (figures as `{}`, as a Map is). */
  override toJSON(): Record<string, never> {
    const plain: Record<string, unknown> = {
      row: this.row,
      kind: this.kind,
      label: this.label,
      labelCol: this.labelCol,
      code: this.code,
      codeSystem: this.codeSystem,
      codeCols: this.codeCols,
      indent: this.indent,
      ordinal: this.ordinal,
      amounts: {},
      inferredCode: this.inferredCode,
      inferredFrom: this.inferredFrom,
      inferredUnsure: this.inferredUnsure,
    };
    return plain as Record<string, never>;
  }
}
