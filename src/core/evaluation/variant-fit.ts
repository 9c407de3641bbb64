// Which variants a dataset can be evaluated with: text columns rule out the samplers that measure
// numeric distances, and SMOTENC needs both kinds of column. A wished-for SMOTE stands for its
// categorical counterpart on such data, so a comparison carries over from one dataset to another.
import type { Dataset } from '../data/dataset';

const ANY_DATA = new Set(['none', 'class_weight', 'RandomOverSampler']);

/** Why `method` cannot run on `data`, or null when it can. */
export function variantUnfit(data: Dataset, method: string): string | null {
  const text = data.categorical.length > 0;
  if (ANY_DATA.has(method)) return null;
  if (method === 'SMOTENC') {
    if (!text) return 'needs text (categorical) columns';
    return data.d === 0 ? 'needs numeric columns too; use SMOTEN' : null;
  }
  if (method === 'SMOTEN') return text ? null : 'needs text (categorical) columns';
  return text ? 'needs numeric features only; use SMOTENC or SMOTEN' : null;
}

/** The SMOTE-family method that takes the place of SMOTE on this data. */
export function smoteFor(data: Dataset): string {
  if (data.categorical.length === 0) return 'SMOTE';
  return data.d > 0 ? 'SMOTENC' : 'SMOTEN';
}

/** The wished-for methods that can run on `data`, SMOTE replaced by its counterpart, in order. */
export function fittingVariants(data: Dataset, wished: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of wished) {
    const method = name === 'SMOTE' ? smoteFor(data) : name;
    if (variantUnfit(data, method) === null && !out.includes(method)) out.push(method);
  }
  return out;
}
