// Writes the large-file benchmark's CSV: `rows` rows of 9 numeric features and a label (every
// tenth row 'rare'), 10 columns in all, written in blocks so the generator stays small in memory.
import { closeSync, openSync, writeSync } from 'node:fs';

/** The value of feature j in row i: a few digits, repeating, so the file is realistic in size. */
export function largeCsvValue(i: number, j: number): number {
  return ((i * (j + 7)) % 1000) / 8;
}

export function writeLargeCsv(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${Array.from({ length: 9 }, (_, j) => `f${j}`).join(',')},label\n`);
    const lines: string[] = [];
    for (let i = 0; i < rows; i++) {
      const cells = Array.from({ length: 9 }, (_, j) => largeCsvValue(i, j));
      lines.push(`${cells.join(',')},${i % 10 === 0 ? 'rare' : 'common'}`);
      if (lines.length === 50_000 || i === rows - 1) {
        writeSync(fd, `${lines.join('\n')}\n`);
        lines.length = 0;
      }
    }
  } finally {
    closeSync(fd);
  }
}
