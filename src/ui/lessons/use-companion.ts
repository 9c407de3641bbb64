import { useEffect } from 'react';
import { appStore, useAppState } from '../../state/app-store';
import type { CompanionRun } from '../../state/companion-slice';

/**
 * Keeps a second method's run in step with the dataset, seed, k, scaling and parameters on screen; returns
 * it once it belongs to the dataset on screen.
 */
export function useCompanion(
  method: string,
  texts: Readonly<Record<string, string>>,
): CompanionRun | null {
  const dataset = useAppState((s) => s.dataset);
  const seed = useAppState((s) => s.seed);
  const k = useAppState((s) => s.k);
  const params = useAppState((s) => s.params);
  const scaling = useAppState((s) => s.scaling);
  const companion = useAppState((s) => s.companion);
  const textsKey = JSON.stringify(texts);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the run reads seed, k, scaling and params from the store; they are listed so it follows them
  useEffect(() => {
    if (!dataset) return;
    void appStore.getState().runCompanion(method, JSON.parse(textsKey) as Record<string, string>);
  }, [dataset, seed, k, scaling, params, method, textsKey]);
  useEffect(() => () => appStore.getState().clearCompanion(), []);
  const current =
    companion?.dataset === dataset &&
    companion?.seed === seed &&
    companion?.k === k &&
    companion?.scaling === scaling;
  return current ? companion : null;
}
