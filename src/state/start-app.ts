// Start-up: read the dataset list and the method list, open the dataset the link names with the
// view it asks for.
import { fetchCatalog } from './catalog';
import type { AppStore } from './store';
import { parseViewQuery } from './url-params';

export async function startApp(store: AppStore, search: string, base: string): Promise<void> {
  const state = store.getState();
  let catalog: Awaited<ReturnType<typeof fetchCatalog>>;
  try {
    [catalog] = await Promise.all([fetchCatalog(base), state.loadMethods()]);
  } catch (error) {
    store.setState({ datasetStatus: 'error', datasetError: String(error) });
    return;
  }
  if (catalog.length === 0) {
    store.setState({ datasetStatus: 'error', datasetError: 'the dataset list is empty' });
    return;
  }
  state.setCatalog(catalog);
  const parsed = parseViewQuery(search, catalog, store.getState().methods);
  for (const text of parsed.notices) state.addNotice(text);
  if (parsed.file) state.awaitFile(parsed.file);
  await state.openDataset(parsed.dataset, parsed.asked);
}
