import { useEffect, useRef } from 'react';
import { appStore, useAppState } from '../../state/app-store';
import { VariantGuide } from '../guide/VariantGuide';

/** Beside the method: every variant side by side on this data, or a few questions that end on one. */
export function ChooseVariant() {
  const open = useAppState((s) => s.compareOpen);
  const ready = useAppState((s) => s.datasetStatus === 'ready');
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    // Closing removes the focused tile or button: the focus comes back here, unless a tile sent it on.
    if (wasOpen.current && !open && document.activeElement === document.body) {
      button.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);
  return (
    <section className="choose-variant" aria-label="Choose a variant">
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls="compare-view"
        disabled={!ready}
        onClick={() =>
          open ? appStore.getState().closeCompare() : appStore.getState().openCompare()
        }
      >
        Compare variants
      </button>
      <VariantGuide />
    </section>
  );
}
