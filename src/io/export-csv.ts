// A ResampleResult -> CSV text: the input columns in their order, then synthetic (0/1), anchor,
// neighbor and gap. Row numbers are 0-based data rows of the input; empty cells where none apply.
import type { ResampleResult } from '../core/sampling/types';
import { type CellValue, featureValue, inputColumnName, inputColumns } from './result-rows';

const PROVENANCE_HEADER = ['synthetic', 'anchor', 'neighbor', 'gap'];

// A plain decimal number; anything else starting with a formula character is text to a spreadsheet.
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function textCell(text: string): string {
  return quote(neutraliseFormula(text));
}

// String(number) is JavaScript's shortest form that reads back to the same double; no locale.
function cell(value: CellValue): string {
  return typeof value === 'number' ? String(value) : textCell(value);
}

function optionalIndex(i: number): string {
  return i >= 0 ? String(i) : '';
}

/**
 * Writes the output rows of `result`. `header` is the input file's header (it says where the
 * label column was); without it the label column goes last.
 */
export function resultToCsv(result: ResampleResult, header?: readonly string[]): string {
  const { pool, nInput, provenance, output } = result;
  const columns = inputColumns(pool, header);
  const names = [...columns.map((col) => inputColumnName(pool, col)), ...PROVENANCE_HEADER];
  const lines: string[] = [names.map(textCell).join(',')];
  const labelCells = pool.classNames.map(textCell);
  const cells: string[] = new Array(columns.length + PROVENANCE_HEADER.length);
  for (let o = 0; o < output.length; o++) {
    const p = output[o];
    columns.forEach((col, j) => {
      cells[j] = col.kind === 'label' ? labelCells[pool.y[p]] : cell(featureValue(pool, col, p));
    });
    const s = p - nInput;
    const at = columns.length;
    cells[at] = s >= 0 ? '1' : '0';
    cells[at + 1] = s >= 0 ? String(provenance.anchor[s]) : '';
    cells[at + 2] = s >= 0 ? optionalIndex(provenance.neighbor[s]) : '';
    const gap = s >= 0 ? provenance.gap[s] : Number.NaN;
    cells[at + 3] = Number.isNaN(gap) ? '' : String(gap);
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}
