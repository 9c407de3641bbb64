// The --help text; the methods and their parameters come from the registry.
import { listMethods } from '../core/sampling/registry';

export function usageText(): string {
  const entries = listMethods();
  const width = Math.max(...entries.map((e) => e.name.length)) + 2;
  const methods = entries.map(
    (entry) => `  ${entry.name.padEnd(width)}${entry.params.map((p) => p.name).join(', ')}`,
  );
  return [
    'Usage: smote-lab resample <file.csv> --method <Name> [options]',
    '',
    'Resamples the rows of a CSV file the way imbalanced-learn 0.14 does and writes the result:',
    'the input columns, then synthetic (0/1), anchor, neighbor and gap.',
    '',
    'Options:',
    '  --method <Name>          the imbalanced-learn class name, in any case (required)',
    '  --label <column>         the label column (default: the last column)',
    '  --seed <int>             random seed from 0 to 4294967295 (default: 0)',
    '  --param <name>=<value>   an imbalanced-learn parameter; repeat for more, e.g.',
    '                           --param k_neighbors=3 --param \'sampling_strategy={"rare":200}\'',
    '  --format csv|json        output format (default: csv)',
    '  --out <file>             write to this file instead of standard output',
    '  --scale none|standard|minmax',
    '                           scale the numeric features before the neighbour search',
    "                           (default: none); the output stays in the file's units",
    '  --verbose                print the resampling time to standard error',
    '  -h, --help               print this help',
    '',
    'Methods and their parameters:',
    ...methods,
    '',
    'Usage: smote-lab evaluate <file.csv> --methods none,SMOTE,ADASYN [options]',
    '',
    'Compares methods by repeated stratified k-fold cross-validation without leakage: in each fold',
    'the training part alone is standardised and resampled, and the untouched test part is scored',
    'for the minority class (recall, precision, F1, PR AUC, ROC AUC, G-mean, balanced accuracy).',
    '',
    'Options:',
    '  --methods <list>         comma-separated: none, class_weight (logistic and tree) and any',
    '                           method above, each with its defaults (required)',
    '  --classifier <name>      logistic, knn or tree (default: logistic)',
    '  --label <column>         the label column, with exactly two classes (default: the last column)',
    '  --folds <int>            folds per repeat (default: 5)',
    '  --repeats <int>          repeats, each with new folds (default: 2)',
    '  --seed <int>             random seed for the folds and the resampling (default: 0)',
    '  --format table|json      output format (default: table)',
    '',
    'Exit codes: 0 done, 2 bad input or parameters, 1 internal error.',
    '',
  ].join('\n');
}
