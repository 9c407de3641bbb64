// Method slice: which registry method runs on Resample and with what parameters; k and seed also
// drive the walkthrough. The method list comes from the worker, so the page never loads the samplers.
import type { Params, ParamValue } from '../core/sampling/types';
import type { MethodInfo } from '../worker/client';
import { findMethodInfo, initialParams, SHARED_K } from './method-params';
import type { SliceCreator } from './store';
import { FALLBACK, isIntIn, LIMITS } from './view-params';

export interface MethodSlice {
  /** Every registry method as plain data, in registry order. */
  methods: MethodInfo[];
  /** A method name from the registry. */
  method: string;
  /** Every parameter of the method, as sent to the worker; k_neighbors follows k. */
  params: Params;
  k: number;
  seed: number;
  samplesPerAnchor: number;
  /** Asks the worker for the registry's methods. */
  loadMethods(): Promise<void>;
  setMethod(name: string): void;
  setParam(name: string, value: ParamValue): void;
  setK(k: number): void;
  setSeed(seed: number): void;
  setSamplesPerAnchor(samples: number): void;
}

export const createMethodSlice: SliceCreator<MethodSlice> = (deps) => (set, get) => {
  // A shown result must match the parameters on screen, so it is redone when they change.
  const rerun = () => {
    get().selectSynthetic(null);
    if (get().resampleStatus !== 'idle') void get().resample();
  };
  return {
    methods: [],
    method: FALLBACK.method,
    params: {},
    k: FALLBACK.k,
    seed: FALLBACK.seed,
    samplesPerAnchor: FALLBACK.samples,
    async loadMethods() {
      set({ methods: await deps.worker.describeMethods() });
    },
    setMethod(name) {
      const info = findMethodInfo(get().methods, name);
      if (!info) return;
      const shown = get().resampleStatus;
      if (shown === 'running') deps.worker.cancel();
      // The last method's picture would mislead under the new name, so it goes before the new run.
      get().clearResult();
      set({ method: info.name, params: initialParams(info, get().k) });
      get().selectSynthetic(null);
      if (shown !== 'idle') void get().resample();
    },
    setParam(name, value) {
      set({ params: { ...get().params, [name]: value } });
      if (name === SHARED_K && typeof value === 'number' && isIntIn(value, LIMITS.k)) {
        set({ k: value });
      }
      rerun();
    },
    setK(k) {
      set({ k });
      if (SHARED_K in get().params) set({ params: { ...get().params, [SHARED_K]: k } });
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
