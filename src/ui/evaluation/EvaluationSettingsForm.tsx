import type { Dataset } from '../../core/data/dataset';
import { CLASSIFIERS } from '../../core/evaluation/fit-classifier';
import { fittingVariants, smoteFor, variantUnfit } from '../../core/evaluation/variant-fit';
import type { ClassifierName } from '../../core/learn/classifier';
import { appStore, useAppState } from '../../state/app-store';
import { NumberField } from '../NumberField';

const CLASSIFIER_LABELS: Record<ClassifierName, string> = {
  logistic: 'Logistic regression',
  knn: 'k-nearest neighbours (k = 5)',
  tree: 'Decision tree',
};

const BASELINES = [
  { name: 'none', label: 'none (no resampling)' },
  { name: 'class_weight', label: 'class_weight (balanced)' },
];

function textColumnsNote(data: Dataset): string {
  if (data.categorical.length === 0) return '';
  const names = data.categorical.map((c) => `'${c.name}'`).join(', ');
  const one = data.categorical.length === 1;
  return `${names} ${one ? 'is a text column' : 'are text columns'}, one-hot encoded for the classifier; ${smoteFor(data)} stands in for SMOTE. `;
}

/** The samplers left out of the list, grouped by the reason the dataset rules them out. */
function hiddenNote(data: Dataset, names: readonly string[]): string {
  const byReason = new Map<string, string[]>();
  for (const name of names) {
    const reason = variantUnfit(data, name) ?? '';
    byReason.set(reason, [...(byReason.get(reason) ?? []), name]);
  }
  const groups = [...byReason].map(([reason, group]) => `${group.join(', ')} (${reason})`);
  return `Not offered here: ${groups.join('; ')}.`;
}

/** Classifier, variants, folds, repeats and seed of the next evaluation. */
export function EvaluationSettingsForm() {
  const settings = useAppState((s) => s.evalSettings);
  const methods = useAppState((s) => s.methods);
  const dataset = useAppState((s) => s.dataset);
  const store = appStore.getState;
  const all = [...BASELINES, ...methods.map((m) => ({ name: m.name, label: m.name }))];
  // Samplers this dataset cannot take are not offered; a line below says which and why.
  const variants = all.filter((v) => !dataset || variantUnfit(dataset, v.name) === null);
  const hidden = all.filter((v) => !variants.includes(v)).map((v) => v.name);
  // What will run on this dataset: SMOTE stands for SMOTENC or SMOTEN on data with text columns.
  const ticked = dataset ? fittingVariants(dataset, settings.methods) : settings.methods;
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
                checked={ticked.includes(v.name)}
                disabled={refused}
                onChange={(e) => {
                  // The table lists the variants in this list's order, whatever order they are ticked in.
                  const on = (name: string) =>
                    name === v.name ? e.target.checked : ticked.includes(name);
                  store().setEvalSettings({ methods: variants.map((x) => x.name).filter(on) });
                }}
              />
              {v.label}
            </label>
          );
        })}
        {dataset && hidden.length > 0 && (
          <p className="eval-hidden-note">
            {textColumnsNote(dataset)}
            {hiddenNote(dataset, hidden)}
          </p>
        )}
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
