// The built-in datasets, as listed in public/datasets/index.json.

/** The view a dataset opens with; any field can be overridden by the URL. */
export interface DatasetDefaults {
  /** The method a link to this dataset opens with when it names none. */
  method?: string;
  k?: number;
  samples?: number;
  lambda?: number;
  anchor?: number;
  neighbor?: number;
  /** Feature names for the plot's axes (datasets with 3 or more features). */
  x?: string;
  y?: string;
}

export interface DatasetEntry {
  name: string;
  file: string;
  title: string;
  lesson: string;
  rows: number;
  source: string;
  licence: string;
  defaults: DatasetDefaults;
}

/** Where the app is served from, so the links work under any base path. */
export function datasetUrl(file: string, base: string): string {
  return new URL(`datasets/${file}`, base).href;
}

export async function fetchCatalog(base: string): Promise<DatasetEntry[]> {
  const response = await fetch(datasetUrl('index.json', base));
  if (!response.ok) throw new Error(`could not load the dataset list: HTTP ${response.status}`);
  return (await response.json()) as DatasetEntry[];
}
