import { useId } from 'react';
import type { ScalingKind } from '../core/data/scaling';
import { appStore, useAppState } from '../state/app-store';
import type { ProjectionKind } from '../state/view-params';
import { SelectField } from './SelectField';
import { SCALING_WORDS } from './scaling-words';
import './projection.css';

const SCALINGS = [
  { value: 'none', label: 'None' },
  { value: 'standardise', label: 'Standardise' },
  { value: 'min-max', label: 'Min-max' },
];

const PROJECTIONS = [
  { value: 'columns', label: 'Two columns' },
  { value: 'pca', label: 'PCA (standardised)' },
];

/** Feature scaling before every neighbour search, and what the axes show for 3+ features. */
export function ProjectionFields() {
  const hintId = useId();
  const scaling = useAppState((s) => s.scaling);
  const projection = useAppState((s) => s.projection);
  const d = useAppState((s) => s.dataset?.d ?? 0);
  const state = appStore.getState();
  return (
    <>
      <SelectField
        label="Feature scaling"
        value={scaling}
        options={SCALINGS}
        describedBy={hintId}
        onChange={(v) => state.setScaling(v as ScalingKind)}
      />
      {d > 2 && (
        <SelectField
          label="Projection"
          value={projection}
          options={PROJECTIONS}
          onChange={(v) => state.setProjection(v as ProjectionKind)}
        />
      )}
      <p id={hintId} className="field-hint field-wide">
        {scaling === 'none'
          ? 'None, as in imbalanced-learn: neighbours are found on the raw numbers, so the feature with the largest range counts most.'
          : `Neighbours are found on ${SCALING_WORDS[scaling]} numeric features; synthetic values stay in the file's own units.`}
      </p>
    </>
  );
}
