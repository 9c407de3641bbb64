// Export slice: the resampled data as a file (built in the worker), and the header of the file
// the dataset came from, which says where its label column was.
import { fail, type Outcome, ok } from '../core/outcome';
import { JobCancelled, type ResultFormat } from '../worker/client';
import type { SliceCreator } from './store';

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ExportSlice {
  /** The opened file's header in file order; null when the label is the last column (built-ins). */
  datasetHeader: string[] | null;
  setDatasetHeader(header: string[] | null): void;
  /** The output of the run on screen as `smote-lab resample --format <format>` writes it. */
  exportResampled(format: ResultFormat): Promise<Outcome<ExportFile>>;
}

/** "fraud-walkthrough-SMOTE-seed0.csv": the dataset, method and seed, so files do not collide. */
export function exportFileName(dataset: string, method: string, seed: number, ext: string) {
  const base = dataset.replace(/\.(csv|tsv|txt)$/i, '').replace(/[^\w.-]+/g, '_');
  return `${base}-${method}-seed${seed}.${ext}`;
}

export const createExportSlice: SliceCreator<ExportSlice> = (deps) => (set, get) => ({
  datasetHeader: null,
  setDatasetHeader: (header) => set({ datasetHeader: header }),

  async exportResampled(format) {
    const { dataset, datasetName, method, params, seed, result, resampleStatus } = get();
    if (!dataset || !datasetName || !result || resampleStatus !== 'done') {
      return fail('Resample first: there is no result to export yet.');
    }
    const header = get().datasetHeader ?? undefined;
    try {
      const bytes = await deps.worker.exportResult({
        dataset,
        method,
        params,
        seed,
        format,
        header,
        scaling: result.scaling,
      });
      if (!bytes.ok) return bytes;
      return ok({ name: exportFileName(datasetName, method, seed, format), bytes: bytes.value });
    } catch (error) {
      if (error instanceof JobCancelled) return fail('The export was cancelled by a new run.');
      return fail(`The export failed: ${String(error)}`);
    }
  },
});
