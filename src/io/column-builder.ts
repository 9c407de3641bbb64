// One CSV column read cell by cell into a growing Float64Array; text cells are interned as codes
// (an Int32Array made on the first text cell), so a million rows never stay as strings.
import { cellNumber } from './csv-cells';
import type { RowPlace } from './csv-place';

export interface CellNote {
  place: RowPlace;
  text: string;
}

/** A column as read: numbers (NaN where missing or text), and text codes when it had text. */
export interface ReadColumn {
  name: string;
  length: number;
  values: Float64Array;
  /** Code per row into `texts`, -1 for a missing cell; absent when every cell was a number. */
  codes: Int32Array | undefined;
  texts: string[];
  numbers: number;
  textCells: number;
  missing: number;
  /** The first cell that is text, and the first number that overflows to infinity. */
  firstText: CellNote | undefined;
  firstOverflow: CellNote | undefined;
}

const MISSING_CODE = -1;

export class ColumnBuilder {
  private values = new Float64Array(1024);
  private codes: Int32Array | undefined;
  private readonly dictionary = new Map<string, number>();
  private readonly texts: string[] = [];
  private length = 0;
  private numbers = 0;
  private textCells = 0;
  private missing = 0;
  private firstText: CellNote | undefined;
  private firstOverflow: CellNote | undefined;

  /** `keepText`: code every cell from the start (the label column keeps its labels as written). */
  constructor(
    private readonly name: string,
    private readonly decimalComma: boolean,
    keepText = false,
  ) {
    if (keepText) this.codes = new Int32Array(1024);
  }

  push(raw: string, place: RowPlace): void {
    const text = raw.trim();
    const i = this.length++;
    if (i === this.values.length) this.grow();
    const v = cellNumber(text, this.decimalComma);
    if (v === undefined) {
      this.textCells++;
      this.firstText ??= { place, text };
      this.values[i] = Number.NaN;
      if (!this.codes) this.startCodes(i);
    } else if (Number.isNaN(v)) {
      this.missing++;
      this.values[i] = Number.NaN;
    } else {
      if (v === Number.POSITIVE_INFINITY) this.firstOverflow ??= { place, text };
      this.numbers++;
      this.values[i] = v;
    }
    if (this.codes) this.codes[i] = Number.isNaN(v) ? MISSING_CODE : this.intern(text);
  }

  finish(): ReadColumn {
    const { name, length, texts, numbers, textCells, missing, firstText, firstOverflow } = this;
    return {
      name,
      length,
      values: this.values.slice(0, length),
      codes: this.codes?.slice(0, length),
      texts,
      numbers,
      textCells,
      missing,
      firstText,
      firstOverflow,
    };
  }

  private intern(text: string): number {
    let code = this.dictionary.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.dictionary.set(text, code);
      this.texts.push(text);
    }
    return code;
  }

  /** Codes for the rows read before the first text cell; their text is the number as JS writes it. */
  private startCodes(upTo: number): void {
    this.codes = new Int32Array(this.values.length);
    for (let i = 0; i < upTo; i++) {
      const v = this.values[i];
      this.codes[i] = Number.isNaN(v) ? MISSING_CODE : this.intern(String(v));
    }
  }

  private grow(): void {
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
    if (this.codes) {
      const codes = new Int32Array(values.length);
      codes.set(this.codes);
      this.codes = codes;
    }
  }
}
