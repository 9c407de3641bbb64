import { useId } from 'react';
import { appStore, useAppState } from '../state/app-store';
import { LIMITS } from '../state/view-params';
import { NumberField } from './NumberField';

/** k, seed, samples per anchor, and the plotted axes when there are more than two features. */
export function ParameterFields() {
  const k = useAppState((s) => s.k);
  const seed = useAppState((s) => s.seed);
  const samples = useAppState((s) => s.samplesPerAnchor);
  const state = appStore.getState();
  return (
    <>
      <NumberField label="k neighbours" value={k} {...LIMITS.k} onCommit={state.setK} />
      <NumberField label="Seed" value={seed} {...LIMITS.seed} onCommit={state.setSeed} />
      <NumberField
        label="Samples per anchor"
        value={samples}
        {...LIMITS.samples}
        onCommit={state.setSamplesPerAnchor}
      />
      <AxisPickers />
    </>
  );
}

function AxisPickers() {
  const xId = useId();
  const yId = useId();
  const names = useAppState((s) => s.dataset?.featureNames);
  const xFeature = useAppState((s) => s.xFeature);
  const yFeature = useAppState((s) => s.yFeature);
  if (!names || names.length < 3) return null;
  const setAxes = appStore.getState().setAxes;
  const options = names.map((n, j) => (
    <option key={n} value={j}>
      {n}
    </option>
  ));
  return (
    <>
      <div className="field field-half">
        <label htmlFor={xId}>Horizontal axis</label>
        <select
          id={xId}
          value={xFeature}
          onChange={(e) => setAxes(Number(e.target.value), yFeature)}
        >
          {options}
        </select>
      </div>
      <div className="field field-half">
        <label htmlFor={yId}>Vertical axis</label>
        <select
          id={yId}
          value={yFeature}
          onChange={(e) => setAxes(xFeature, Number(e.target.value))}
        >
          {options}
        </select>
      </div>
    </>
  );
}
