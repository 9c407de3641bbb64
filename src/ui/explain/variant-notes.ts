// For each method: the weakness it answers and where it goes wrong, in spoken sentences for the
// "explain this" card. The data-specific warnings (scales, class sizes, dimensions) come from
// explain-text, which looks at the dataset itself.

export interface VariantNote {
  /** One sentence: what the method does. */
  idea: string;
  /** Why this one rather than the simpler choice: the weakness it answers. */
  why: string;
  /** Its own failure modes. */
  fails: string[];
}

const INTERPOLATION_FAILS = [
  'a noisy or mislabelled minority point inside majority territory breeds more points there, so the noise is amplified',
  'where the classes overlap it adds points exactly where the model is already confused, and precision can drop',
  'with k too large, segments bridge separate minority groups and put points in majority land; with k too small the new points clump in tiny pockets',
];

const NOTES: Record<string, VariantNote> = {
  SMOTE: {
    idea: 'SMOTE makes new minority points by interpolating between a minority point and one of its nearest minority neighbours.',
    why: 'Duplicating rows, as random over-sampling does, shows the model the same points again and again, so it learns a narrow, brittle boundary; SMOTE fills the space between real minority points, so the minority region grows instead of just getting heavier.',
    fails: INTERPOLATION_FAILS,
  },
  RandomOverSampler: {
    idea: 'RandomOverSampler repeats minority rows, drawn at random with replacement; with shrinkage it adds Gaussian noise to the copies.',
    why: 'It is the plain baseline: no neighbours, no interpolation, nothing invented, which makes it the honest thing to compare SMOTE against.',
    fails: [
      'plain copies make the class heavier, not wider: the model sees the same points again and again and can overfit them',
    ],
  },
  BorderlineSMOTE: {
    idea: 'Borderline-SMOTE uses only minority points in danger as anchors: at least half, but not all, of their m nearest neighbours are of the majority.',
    why: 'It answers noise amplification and puts the effort where the boundary is: noise points, whose neighbours are all majority, and safe points are skipped; borderline-2 may also step toward majority neighbours, at most halfway.',
    fails: [
      'if no minority point is in danger it makes nothing at all',
      'the danger test rests on m_neighbors: too small and it is jumpy, too large and everything looks safe or noisy',
      'borderline-2 steps toward the other class, so it can put points on the majority side of the boundary',
    ],
  },
  ADASYN: {
    idea: 'ADASYN gives each minority point a share of the new samples in proportion to how many of its neighbours are of another class.',
    why: 'Plain SMOTE treats all minority points alike; ADASYN makes more points where learning is hard.',
    fails: [
      'hard points include noise: an outlier surrounded by the majority gets the most children',
      'the shares are rounded per point, so the class can end a few samples off the target',
      ...INTERPOLATION_FAILS.slice(1, 2),
    ],
  },
  SVMSMOTE: {
    idea: 'SVM-SMOTE fits a support vector machine and uses its minority support vectors as anchors, interpolating from those in danger and extrapolating outward from the safe ones.',
    why: 'It answers an unknown boundary: the SVM finds it, and where the majority is sparse it pushes the minority region outward.',
    fails: [
      'everything rests on the SVM fit (kernel, C), which is slow on large data',
      'extrapolation can carry points out of the class’s real region',
      'if every support vector is noise it has nothing to work with',
    ],
  },
  KMeansSMOTE: {
    idea: 'KMeans-SMOTE clusters the data first, then runs SMOTE only inside clusters where the minority dominates, with more samples in sparse clusters.',
    why: 'It answers minority sub-groups and imbalance within the class: segments stay inside a cluster instead of bridging two groups through majority land.',
    fails: [
      'it depends on the number of clusters and the balance threshold, and may find no usable cluster at all',
      'each cluster gets a rounded-up share, so the total can overshoot the target',
    ],
  },
  SMOTENC: {
    idea: 'SMOTE-NC interpolates the numeric features and gives each categorical feature the most common category among the neighbours.',
    why: 'It answers categorical features: the midpoint of two category codes is not a category, and one-hot columns would get fractional values.',
    fails: [
      'it needs at least one numeric feature, and its distance weighs a differing category by the median numeric spread, so scaling still matters',
      ...INTERPOLATION_FAILS.slice(0, 1),
    ],
  },
  SMOTEN: {
    idea: 'SMOTE-N treats every feature as categorical: it finds neighbours by the Value Difference Metric and gives each feature the neighbourhood’s most common value.',
    why: 'It answers all-categorical data, where there is nothing to interpolate.',
    fails: [
      'every new row is the mode of a neighbourhood, so an anchor always makes the same row: many duplicates',
    ],
  },
  SMOTETomek: {
    idea: 'SMOTE + Tomek links generates with SMOTE, then removes both ends of every Tomek link: pairs of opposite classes that are each other’s nearest neighbour.',
    why: 'It answers the noisy pairs SMOTE leaves at the boundary: generate, then clean.',
    fails: [
      'cleaning also removes real and synthetic minority rows, so the final balance is not exact',
      ...INTERPOLATION_FAILS.slice(0, 1),
    ],
  },
  SMOTEENN: {
    idea: 'SMOTE + ENN generates with SMOTE, then removes every point whose 3 nearest neighbours do not all share its class.',
    why: 'It answers noisy points at the boundary more aggressively than Tomek links: generate, then clean.',
    fails: [
      'where the classes overlap, ENN can remove a lot, real rows included, and the balance ends far from the target',
    ],
  },
  TomekLinks: {
    idea: 'TomekLinks removes rows that form a Tomek link: two rows of different classes that are each other’s nearest neighbour.',
    why: 'It cleans the boundary without inventing anything; it is under-sampling, so it makes no synthetic rows.',
    fails: ['it removes few rows, so it barely changes a strong imbalance on its own'],
  },
  EditedNearestNeighbours: {
    idea: 'Edited Nearest Neighbours removes the rows their own nearest neighbours disagree with.',
    why: 'It smooths the boundary between classes without inventing anything; it is under-sampling.',
    fails: [
      'in overlapping data it can remove many majority rows, and it does not create minority information',
    ],
  },
};

export function variantNote(method: string): VariantNote | null {
  return NOTES[method] ?? null;
}
