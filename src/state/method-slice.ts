// Method slice: which method runs on Resample and with what; k and seed also drive the walkthrough.
import type { SliceCreator } from './store';
import { FALLBACK } from './view-params';

export interface MethodSlice {
  /** A method name from the core's registry; the variant suite adds a picker for it. */
  method: string;
  k: number;
  seed: number;
  samplesPerAnchor: number;
  setK(k: number): void;
  setSeed(seed: number): void;
  setSamplesPerAnchor(samples: number): void;
}

export const createMethodSlice: SliceCreator<MethodSlice> = () => (set, get) => {
  // A shown result must match the parameters on screen, so it is redone when they change.
  const rerun = () => {
    get().selectSynthetic(null);
    if (get().resampleStatus !== 'idle') void get().resample();
  };
  return {
    method: FALLBACK.method,
    k: FALLBACK.k,
    seed: FALLBACK.seed,
    samplesPerAnchor: FALLBACK.samples,
    setK(k) {
      set({ k });
      rerun();
    },
    setSeed(seed) {
      set({ seed });
      rerun();
    },
    setSamplesPerAnchor(samples) {
      set({ samplesPerAnchor: samples });
      get().selectSynthetic(null);
    },
  };
};
