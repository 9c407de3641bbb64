import { appStore, useAppState } from '../state/app-store';
import { LIMITS } from '../state/view-params';
import { NumberField } from './NumberField';
import { ProjectionFields } from './ProjectionFields';
import { SelectField } from './SelectField';

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
      <ProjectionFields />
      <AxisPickers />
    </>
  );
}

function AxisPickers() {
  const names = useAppState((s) => s.dataset?.featureNames);
  const xFeature = useAppState((s) => s.xFeature);
  const yFeature = useAppState((s) => s.yFeature);
  // PC1 and PC2 replace the two columns, so the pickers rest until Two columns is chosen again.
  const pca = useAppState((s) => s.projection === 'pca');
  if (!names || names.length < 3) return null;
  const setAxes = appStore.getState().setAxes;
  const options = names.map((label, j) => ({ value: String(j), label }));
  return (
    <>
      <SelectField
        label="Horizontal axis"
        value={String(xFeature)}
        options={options}
        disabled={pca}
        onChange={(v) => setAxes(Number(v), yFeature)}
      />
      <SelectField
        label="Vertical axis"
        value={String(yFeature)}
        options={options}
        disabled={pca}
        onChange={(v) => setAxes(xFeature, Number(v))}
      />
    </>
  );
}
