// Where a cell sits, said one way everywhere: "line 14 (data row 12), column 'amount'".
// Lines count the file's CSV records from 1, the header line and blank lines included (a quoted
// field that spans lines is one record); data rows count the non-blank records after the header.

export interface RowPlace {
  /** 1-based record number in the file, header included. */
  line: number;
  /** 1-based data row number, header and blank lines excluded. */
  dataRow: number;
}

export function rowPlace(place: RowPlace): string {
  return `line ${place.line} (data row ${place.dataRow})`;
}

export function cellPlace(place: RowPlace, column: string): string {
  return `${rowPlace(place)}, column '${column}'`;
}
