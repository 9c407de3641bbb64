import { CLASSIFIERS } from '../../core/evaluation/fit-classifier';
import type { ClassifierName } from '../../core/learn/classifier';
import { appStore, useAppState } from '../../state/app-store';
import { NumberField } from '../NumberField';

const CLASSIFIER_LABELS: Record<ClassifierName, string> = {
  logistic: 'Logistic regression',
  knn: 'k-nearest neighbours (k = 5)',
  tree: 'Decision tree',
};

// The evaluation takes numeric features only; these two resample text columns.
const CATEGORICAL_METHODS = new Set(['SMOTENC', 'SMOTEN']);

const BASELINES = [
  { name: 'none', label: 'none (no resampling)' },
  { name: 'class_weight', label: 'class_weight (balanced)' },
];

/** Classifier, variants, folds, repeats and seed of the next evaluation. */
export function EvaluationSettingsForm() {
  const settings = useAppState((s) => s.evalSettings);
  const methods = useAppState((s) => s.methods);
  const store = appStore.getState;
  const variants = [
    ...BASELINES,
    ...methods
      .filter((m) => !CATEGORICAL_METHODS.has(m.name))
      .map((m) => ({ name: m.name, label: m.name })),
  ];
  return (
    <>
      <div className="field">
        <label htmlFor="eval-classifier">Classifier</label>
        <select
          id="eval-classifier"
          value={settings.classifier}
          onChange={(e) =>
            store().setEvalSettings({ classifier: e.target.value as ClassifierName })
          }
        >
          {CLASSIFIERS.map((c) => (
            <option key={c} value={c}>
              {CLASSIFIER_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="eval-variants">
        <legend>Variants to compare (each method with its defaults)</legend>
        {variants.map((v) => {
          const refused = v.name === 'class_weight' && settings.classifier === 'knn';
          return (
            <label
              key={v.name}
              title={refused ? 'Neighbour votes take no class weights' : undefined}
            >
              <input
                type="checkbox"
                checked={settings.methods.includes(v.name)}
                disabled={refused}
                onChange={(e) => {
                  // The table lists the variants in this list's order, whatever order they are ticked in.
                  const ticked = (name: string) =>
                    name === v.name ? e.target.checked : settings.methods.includes(name);
                  store().setEvalSettings({
                    methods: variants.map((x) => x.name).filter(ticked),
                  });
                }}
              />
              {v.label}
            </label>
          );
        })}
      </fieldset>
      <div className="eval-counts">
        <NumberField
          label="Folds"
          value={settings.folds}
          min={2}
          max={20}
          onCommit={(folds) => store().setEvalSettings({ folds })}
        />
        <NumberField
          label="Repeats"
          value={settings.repeats}
          min={1}
          max={10}
          onCommit={(repeats) => store().setEvalSettings({ repeats })}
        />
        <NumberField
          label="Random state"
          value={settings.seed}
          min={0}
          max={4294967295}
          onCommit={(seed) => store().setEvalSettings({ seed })}
        />
      </div>
    </>
  );
}
