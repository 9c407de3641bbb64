// The Node library: the pure core plus the CSV/JSON io, as `import { … } from 'smote-lab'`.
export { type Projection, projectPca } from './core/data/pca';
export {
  applyScaling,
  fitScaling,
  invertScaling,
  type Scaling,
  type ScalingKind,
} from './core/data/scaling';
export * from './core/index';
export type { ColumnSchema, LoadedData, LoadOptions } from './io/columns-to-dataset';
export { decodeCsvBytes } from './io/decode-text';
export { resultToCsv } from './io/export-csv';
export { resultToJson } from './io/export-json';
export type { MissingAction, MissingReport } from './io/missing-rows';
export { parseCsvText, type Table } from './io/parse-csv';
export { type CsvSource, loadCsv, type StreamCsvOptions, streamCsv } from './io/stream-csv';
export { loadTable, type SchemaOptions, tableToDataset } from './io/table-to-dataset';
