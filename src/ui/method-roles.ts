// What each method does with the rows it marks, in words for the legend and the inspector.

/** The cleaning step that removes rows for a method, or null for methods that never remove. */
export function cleanerOf(method: string): string | null {
  switch (method) {
    case 'TomekLinks':
    case 'SMOTETomek':
      return 'TomekLinks';
    case 'EditedNearestNeighbours':
    case 'SMOTEENN':
      return 'EditedNearestNeighbours';
    default:
      return null;
  }
}

/** "TomekLinks" alone, "TomekLinks (SMOTETomek's cleaning step)" inside a combination. */
export function removerText(method: string): string {
  const cleaner = cleanerOf(method) ?? method;
  return cleaner === method ? cleaner : `${cleaner} (${method}'s cleaning step)`;
}

export type BorderSet = 'danger' | 'noise' | 'safe';

/** What a row in each border set does: Borderline anchors danger only, SVMSMOTE also extrapolates from safe. */
export function borderRole(method: string, set: BorderSet): string {
  const svm = method === 'SVMSMOTE';
  switch (set) {
    case 'danger':
      return svm ? 'in danger: interpolates' : 'in danger: anchor';
    case 'noise':
      return 'noise: skipped';
    case 'safe':
      return svm ? 'safe: extrapolates' : 'safe: skipped';
  }
}

/** The rule behind each border set, over a row's m nearest rows of any class. */
export const BORDER_RULE: Record<BorderSet, string> = {
  danger: 'at least half, but not all, of its m_neighbors nearest rows are of another class',
  noise: 'all of its m_neighbors nearest rows are of another class',
  safe: 'fewer than half of its m_neighbors nearest rows are of another class',
};
