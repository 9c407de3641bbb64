// View slice: the anchor and what is selected around it, the λ slider, the axes and the notices.
import { canBeAnchor } from './anchor-rows';
import type { SliceCreator } from './store';
import { FALLBACK } from './view-params';

/** A synthetic point picked on the plot: a child of the anchor, or a row of the resampling. */
export interface SyntheticSelection {
  source: 'walkthrough' | 'resample';
  index: number;
}

export interface Notice {
  id: number;
  text: string;
}

const MAX_NOTICES = 4;

export interface ViewSlice {
  anchor: number | null;
  /** The chosen neighbour's row; if it is not among the anchor's neighbours, the nearest is used. */
  neighbor: number | null;
  lambda: number;
  selection: SyntheticSelection | null;
  /** The row the keyboard is on; Enter makes it the anchor. */
  cursor: number | null;
  /** A row that cannot be an anchor, clicked to see what the method did with it. */
  inspectedRow: number | null;
  xFeature: number;
  yFeature: number;
  notices: Notice[];
  selectAnchor(row: number | null): void;
  chooseNeighbor(row: number): void;
  setLambda(lambda: number): void;
  selectSynthetic(selection: SyntheticSelection | null): void;
  setCursor(row: number | null): void;
  clearSelection(): void;
  setAxes(xFeature: number, yFeature: number): void;
  addNotice(text: string): void;
  dismissNotice(id: number): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = () => (set, get) => {
  let nextNotice = 1;
  return {
    anchor: null,
    neighbor: null,
    lambda: FALLBACK.lambda,
    selection: null,
    cursor: null,
    inspectedRow: null,
    xFeature: 0,
    yFeature: 1,
    notices: [],

    selectAnchor(row) {
      const data = get().dataset;
      if (row !== null && data && !canBeAnchor(data, row)) {
        const name = data.classNames[data.y[row]];
        get().addNotice(
          `Row ${row} is in the majority class ${name}; SMOTE only interpolates between minority rows.`,
        );
        set({ inspectedRow: row });
        return;
      }
      const cursor = row ?? get().cursor;
      set({ anchor: row, neighbor: null, selection: null, cursor, inspectedRow: null });
    },
    chooseNeighbor: (row) => set({ neighbor: row, selection: null }),
    setLambda: (lambda) => set({ lambda, selection: null }),
    selectSynthetic: (selection) =>
      set(selection ? { selection, inspectedRow: null } : { selection }),
    setCursor: (row) => set({ cursor: row }),
    clearSelection: () =>
      set({ anchor: null, neighbor: null, selection: null, cursor: null, inspectedRow: null }),
    setAxes: (xFeature, yFeature) => set({ xFeature, yFeature }),
    addNotice(text) {
      const notices = [...get().notices, { id: nextNotice++, text }];
      set({ notices: notices.slice(-MAX_NOTICES) });
    },
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  };
};
