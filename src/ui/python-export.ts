// The Python for the run on screen, from the registry's description of the method.
import type { Outcome } from '../core/outcome';
import { fail } from '../core/outcome';
import { pythonCode } from '../io/export-python';
import type { AppState } from '../state/store';

/** How the opened file is written, so pandas reads it the same way. */
function csvOptions(s: AppState) {
  const report = s.datasetReport;
  if (report) {
    const { header, delimiter, decimalComma, hasHeader } = report;
    return { header, delimiter, decimalComma, hasHeader };
  }
  return s.datasetHeader ? { header: s.datasetHeader } : undefined;
}

export function pythonForState(s: AppState): Outcome<string> {
  const info = s.methods.find((m) => m.name === s.method);
  if (!s.dataset || !s.datasetName || !info) return fail('Open a dataset first.');
  const entry = s.catalog.find((e) => e.name === s.datasetName);
  return pythonCode({
    method: info,
    params: s.params,
    seed: s.seed,
    fileName: entry?.file ?? s.datasetName,
    dataset: s.dataset,
    csv: csvOptions(s),
    missing: s.datasetReport?.missing.action,
    scaling: s.scaling,
  });
}
