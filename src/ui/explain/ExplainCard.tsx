import { useMemo, useState } from 'react';
import { useAppState } from '../../state/app-store';
import { memoLast } from '../../state/memo-last';
import { findMethodInfo } from '../../state/method-params';
import {
  selectManualPoint,
  selectNeighborRow,
  selectSyntheticDetails,
} from '../../state/selectors';
import { selectCurrentStep } from '../../state/stepper-selectors';
import type { AppState } from '../../state/store';
import {
  type ExplainFocus,
  type ExplainInput,
  explainPlainText,
  explainSections,
} from './explain-text';
import './explain.css';

/** The point in view: the stepper's sample, else a picked synthetic point, else the manual point. */
function focusOf(s: AppState): ExplainFocus | null {
  const sample = selectCurrentStep(s)?.sample;
  if (sample) return sample;
  const details = selectSyntheticDetails(s);
  if (details) return details;
  const manual = selectManualPoint(s);
  const neighbor = selectNeighborRow(s);
  return manualFocus(s.anchor, neighbor, s.lambda, manual);
}

const manualFocus = memoLast(
  (anchor: number | null, neighbor: number | null, gap: number, values: Float64Array | null) =>
    values && anchor !== null && neighbor !== null ? { anchor, neighbor, gap, values } : null,
);

function useExplainInput(): ExplainInput | null {
  const data = useAppState((s) => s.dataset);
  const entry = useAppState((s) => s.catalog.find((e) => e.name === s.datasetName));
  const result = useAppState((s) => s.result);
  const resultParams = useAppState((s) => s.resultParams);
  const params = useAppState((s) => s.params);
  const method = useAppState((s) => s.method);
  const methods = useAppState((s) => s.methods);
  const focus = useAppState(focusOf);
  const scaling = useAppState((s) => s.result?.scaling ?? s.scaling);
  return useMemo(() => {
    if (!data) return null;
    const shown = result?.method ?? method;
    const info = findMethodInfo(methods, shown);
    return {
      data,
      datasetTitle: entry?.title ?? entry?.name ?? 'this dataset',
      method: shown,
      params: result && resultParams ? resultParams : params,
      specs: info?.params ?? [],
      focus,
      run: result && {
        countsBefore: result.countsBefore,
        countsAfter: result.countsAfter,
        made: result.syntheticY.length,
        removed: result.removed.length,
        warnings: result.warnings,
      },
      scaling,
    };
  }, [data, entry, result, resultParams, params, method, methods, focus, scaling]);
}

/** "Explain this": what is on screen in spoken sentences, ready to copy into notes or an answer. */
export function ExplainCard() {
  const [open, setOpen] = useState(false);
  return (
    <details className="explain-card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Explain this: the view in words</summary>
      {open && <ExplainBody />}
    </details>
  );
}

function ExplainBody() {
  const input = useExplainInput();
  const [copied, setCopied] = useState<string>('');
  const sections = useMemo(() => (input ? explainSections(input) : []), [input]);
  if (!input) return <p className="hint">Open a dataset first.</p>;
  const text = explainPlainText(sections);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('The browser refused the clipboard: select the text and copy it by hand.');
    }
  };
  return (
    <section className="explain-text" aria-label="Explanation">
      {sections.map((section) => (
        <div key={section.title}>
          <h3>{section.title}</h3>
          <p>{section.text}</p>
        </div>
      ))}
      <div className="explain-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <p role="status" className="fine">
          {copied}
        </p>
      </div>
    </section>
  );
}
