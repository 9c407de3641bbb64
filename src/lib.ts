// The Node library: the pure core plus the CSV/JSON io, as `import { … } from 'smote-lab'`.
export * from './core/index';
export { resultToCsv } from './io/export-csv';
export { resultToJson } from './io/export-json';
export { parseCsvText, type Table } from './io/parse-csv';
export { type SchemaOptions, tableToDataset } from './io/table-to-dataset';
