// The view in the URL: `?dataset=fraud-walkthrough&k=3&anchor=0&neighbor=1&lambda=0.4&seed=0`.
// `neighbor` is the neighbour's row index; `anchor=none` means no anchor; `p.<name>` is a method
// parameter that differs from its default; `compare=1` shows every variant side by side. Reading never fails: a value that is unknown or out of
// range is left out, so the dataset's default applies, and a notice says so. Parameter values are
// checked by the core when the method runs, like values typed in the form.
import type { MethodInfo } from '../worker/client';
import type { DatasetEntry } from './catalog';
import { DISPLAY_KEYS } from './display-params';
import { findMethodInfo } from './method-params';
import { readScaleAndProjection, SCALE_TEXT } from './url-scale';
import {
  datasetDefaults,
  FALLBACK,
  type IntRange,
  isIntIn,
  isLambda,
  LIMITS,
  type ViewParams,
} from './view-params';

const KEYS = [
  'dataset',
  'method',
  'k',
  'anchor',
  'neighbor',
  'lambda',
  'seed',
  'samples',
  'x',
  'y',
  'resampled',
  'file',
  'scale',
  'proj',
  'compare',
  'lesson',
  ...DISPLAY_KEYS,
];

export interface ParsedQuery {
  dataset: string;
  /** Only what the link sets and what is valid; the rest comes from the dataset's defaults. */
  asked: Partial<ViewParams>;
  notices: string[];
  /** A link made on an opened file: its name, and the rows and axes it picked on that file. */
  file?: FileView;
}

export type FileView = { name: string } & Pick<
  Partial<ViewParams>,
  'anchor' | 'neighbor' | 'x' | 'y'
>;

const PARAM_PREFIX = 'p.';

export function parseViewQuery(
  search: string,
  catalog: readonly DatasetEntry[],
  methods: readonly MethodInfo[],
): ParsedQuery {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  for (const key of new Set(query.keys())) {
    if (!KEYS.includes(key) && !key.startsWith(PARAM_PREFIX))
      notices.push(`The link's '${key}' setting is unknown and was ignored.`);
  }

  const name = query.get('dataset');
  const found = catalog.find((e) => e.name === name);
  if (name !== null && !found) {
    notices.push(`The link's dataset '${name}' is not built in; showing ${catalog[0].name}.`);
  }
  const entry = found ?? catalog[0];
  const defaults: Record<string, unknown> = { ...datasetDefaults(entry), seed: FALLBACK.seed };
  const asked: Partial<ViewParams> = {};

  const readNumber = (
    key: 'k' | 'seed' | 'samples' | 'lambda',
    valid: (v: number) => boolean,
    limit: string,
  ) => {
    const text = query.get(key);
    if (text === null) return;
    const value = text.trim() === '' ? Number.NaN : Number(text);
    if (valid(value)) asked[key] = value;
    else notices.push(`The link's ${key}=${text} is not ${limit}; using ${key}=${defaults[key]}.`);
  };
  for (const key of ['k', 'seed', 'samples'] as const) {
    const range: IntRange = LIMITS[key];
    readNumber(key, (v) => isIntIn(v, range), `a whole number from ${range.min} to ${range.max}`);
  }
  readNumber('lambda', isLambda, 'a number from 0 to 1');

  // A link made on an opened file names it, but the rows and columns it picks are that file's.
  const file = query.get('file');
  const onFile = file !== null && name === null;
  if (onFile) notices.push(fileLinkNotice(file, entry.name));
  for (const key of ['anchor', 'neighbor'] as const) {
    const text = query.get(key);
    if (text === null) continue;
    if (text === 'none') {
      asked[key] = null;
      continue;
    }
    const value = text.trim() === '' ? Number.NaN : Number(text);
    if (Number.isInteger(value) && value >= 0) asked[key] = value;
    else {
      asked[key] = null;
      notices.push(`The link's ${key}=${text} is not a row number; no ${key} was selected.`);
    }
  }

  const methodText = query.get('method');
  const opening = entry.defaults.method ?? FALLBACK.method;
  if (methodText !== null) {
    const method = findMethodInfo(methods, methodText)?.name;
    if (method) asked.method = method;
    else notices.push(`The link's method '${methodText}' is unknown; using ${opening}.`);
  }
  const info = findMethodInfo(methods, asked.method ?? opening);
  for (const [key, text] of query) {
    if (!key.startsWith(PARAM_PREFIX)) continue;
    const name = key.slice(PARAM_PREFIX.length);
    if (info?.params.some((spec) => spec.name === name)) {
      asked.params = { ...asked.params, [name]: text };
    } else {
      notices.push(`The link's ${key} is not a parameter of ${info?.name ?? opening}; ignored.`);
    }
  }
  for (const key of ['x', 'y'] as const) {
    const text = query.get(key);
    if (text !== null) asked[key] = text;
  }
  if (query.get('resampled') === '1' && !onFile) asked.resampled = true;
  readScaleAndProjection(query, asked, notices);
  if (query.get('compare') === '1') asked.compare = true;
  if (!onFile) return { dataset: entry.name, asked, notices };
  // The rows and axes are that file's: kept for when it is opened, not used on the dataset shown.
  const { anchor, neighbor, x, y, ...settings } = asked;
  const view = Object.entries({ anchor, neighbor, x, y }).filter(([, v]) => v !== undefined);
  const fileView = { name: file, ...Object.fromEntries(view) };
  return { dataset: entry.name, asked: settings, notices, file: fileView };
}

export function fileLinkNotice(file: string, shown: string): string {
  return `This link was made on ${file}, a file opened on that computer: a link keeps the settings, never the data. Showing ${shown} with the link's settings; open ${file} with Open CSV to use them on it.`;
}

/**
 * The query string for a view; axes are written only when there are more than two features, the
 * method only when it is not the one the dataset opens with.
 */
export function viewQuery(
  params: ViewParams,
  featureCount: number,
  openingMethod: string = FALLBACK.method,
  source: 'built-in' | 'upload' = 'built-in',
): string {
  const query = new URLSearchParams();
  // An opened file is not in the link, only its name: the data never leaves the machine.
  query.set(source === 'upload' ? 'file' : 'dataset', params.dataset);
  if (params.method !== openingMethod) query.set('method', params.method);
  for (const [name, text] of Object.entries(params.params)) query.set(PARAM_PREFIX + name, text);
  query.set('k', String(params.k));
  // 'none' keeps a dataset's preset anchor from coming back when the link is opened.
  query.set('anchor', params.anchor === null ? 'none' : String(params.anchor));
  if (params.anchor !== null && params.neighbor !== null) {
    query.set('neighbor', String(params.neighbor));
  }
  query.set('lambda', String(Number(params.lambda.toFixed(4))));
  query.set('seed', String(params.seed));
  query.set('samples', String(params.samples));
  if (featureCount > 2 && params.x !== null) query.set('x', params.x);
  if (featureCount > 2 && params.y !== null) query.set('y', params.y);
  if (params.resampled) query.set('resampled', '1');
  if (params.scale !== 'none') query.set('scale', SCALE_TEXT[params.scale]);
  if (featureCount > 2 && params.proj === 'pca') query.set('proj', 'pca');
  if (params.compare) query.set('compare', '1');
  return `?${query.toString()}`;
}
