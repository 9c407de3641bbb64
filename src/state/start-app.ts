// Start-up: read the dataset list, open the dataset the link names with the view it asks for.
import { fetchCatalog } from './catalog';
import type { AppStore } from './store';
import { parseViewQuery } from './url-params';

export async function startApp(store: AppStore, search: string, base: string): Promise<void> {
  const state = store.getState();
  let catalog: Awaited<ReturnType<typeof fetchCatalog>>;
  try {
    catalog = await fetchCatalog(base);
  } catch (error) {
    store.setState({ datasetStatus: 'error', datasetError: String(error) });
    return;
  }
  if (catalog.length === 0) {
    store.setState({ datasetStatus: 'error', datasetError: 'the dataset list is empty' });
    return;
  }
  state.setCatalog(catalog);
  const parsed = parseViewQuery(search, catalog);
  for (const text of parsed.notices) state.addNotice(text);
  await state.openDataset(parsed.dataset, parsed.asked);
}
