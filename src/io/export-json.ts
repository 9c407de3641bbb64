// A ResampleResult -> JSON text: class counts before and after, the output rows with provenance,
// the removed rows, every diagnostic and the warnings. One sample per line keeps big files greppable.
import type { Dataset } from '../core/data/dataset';
import type { ResampleResult } from '../core/sampling/types';
import { describePoolRow } from './result-rows';

type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Label as written -> count of the given class codes, in sorted label order. */
function countLabels(pool: Dataset, codes: Int32Array): Record<string, number> {
  const counts = new Array<number>(pool.classNames.length).fill(0);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return Object.fromEntries(pool.classNames.map((name, c) => [name, counts[c]]));
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}

function plain(value: unknown): JsonValue {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  return value as JsonValue;
}

function diagnosticsJson(result: ResampleResult): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(result.diagnostics)) {
    if (value !== undefined) out[snakeCase(key)] = plain(value);
  }
  return out;
}

function rowsJson(result: ResampleResult, rows: ArrayLike<number>): string {
  if (rows.length === 0) return '[]';
  const lines: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    lines.push(`    ${JSON.stringify(describePoolRow(result, rows[i]))}`);
  }
  return `[\n${lines.join(',\n')}\n  ]`;
}

function objectJson(object: Record<string, JsonValue>): string {
  const entries = Object.entries(object);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n  }`;
}

/** Feature values come in the input's column order, which the Dataset keeps (label excluded). */
export function resultToJson(result: ResampleResult): string {
  const { pool, output } = result;
  const outputCodes = Int32Array.from(output, (p) => pool.y[p]);
  const parts: [string, string][] = [
    ['counts_before', JSON.stringify(countLabels(pool, pool.y.subarray(0, result.nInput)))],
    ['counts_after', JSON.stringify(countLabels(pool, outputCodes))],
    ['samples', rowsJson(result, result.output)],
    ['removed', rowsJson(result, result.removed)],
    ['diagnostics', objectJson(diagnosticsJson(result))],
    ['warnings', JSON.stringify(result.warnings)],
  ];
  return `{\n${parts.map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`).join(',\n')}\n}\n`;
}
