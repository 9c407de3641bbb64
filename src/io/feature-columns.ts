// Feature columns named the way imbalanced-learn's categorical_features takes them: by name, or by
// index among the features (the label column excluded), negative indices counting from the end.
import { fail, type Outcome, ok } from '../core/outcome';

export function resolveFeatureColumns(
  header: readonly string[],
  labelName: string,
  entries: readonly unknown[],
  parameter: string,
): Outcome<string[]> {
  const features = header.filter((name) => name !== labelName);
  const f = features.length;
  const names: string[] = [];
  for (const entry of entries) {
    const text = String(entry).trim();
    if (features.includes(text)) {
      names.push(text);
      continue;
    }
    if (text === labelName) {
      return fail(`${parameter}: '${text}' is the label column, not a feature`, { parameter });
    }
    if (!/^-?\d+$/.test(text)) {
      return fail(
        `${parameter}: column '${text}' is not in the file; features are ${features.join(', ')}`,
        {
          parameter,
        },
      );
    }
    const index = Number(text);
    if (index < -f || index >= f) {
      return fail(
        `${parameter}: index ${index} is out of range; features are [0, ${f - 1}] or [-${f}, -1]`,
        {
          parameter,
        },
      );
    }
    names.push(features[index < 0 ? index + f : index]);
  }
  return ok([...new Set(names)]);
}
