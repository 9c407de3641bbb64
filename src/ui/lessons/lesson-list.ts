// The lessons: each opens a view (a query string like the app's links) that shows one way SMOTE
// goes wrong, or the variant that answers it, with one line on what to look at and one on why.

export interface Lesson {
  id: string;
  title: string;
  /** What to look at on screen. */
  look: string;
  /** Why it matters. */
  why: string;
  /** The view, as a link's query string. */
  query: string;
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'why-not-duplicate',
    title: 'Why not just duplicate?',
    look: 'Left, SMOTE places each new point on a segment between two minority points; right, RandomOverSampler piles copies on the originals.',
    why: 'Copies make the class heavier, not wider: a model sees the same 30 points again and learns a narrow boundary, while SMOTE fills the space between them.',
    query: '?dataset=moons-curved-minority&method=SMOTE&seed=0&resampled=1',
  },
  {
    id: 'noisy-minority',
    title: 'Noisy minority points',
    look: 'Anchor row 441 is one of six minority points deep in majority land; its neighbours are the other five, so its children land there too.',
    why: 'SMOTE trusts every label: a mislabelled point breeds more mislabelled points, and the model learns the noise.',
    query: '?dataset=overlap-noisy-minority&method=SMOTE&k=5&anchor=441&seed=0&resampled=1',
  },
  {
    id: 'overlapping-classes',
    title: 'Overlapping classes',
    look: "Anchor row 411 sits inside the majority cloud; the run's synthetic points fill the band where both classes mix.",
    why: 'New minority points where the classes already mix trade precision for recall: evaluate with the k-nearest-neighbours classifier: recall rises, precision falls.',
    query: '?dataset=overlap-noisy-minority&method=SMOTE&k=5&anchor=411&seed=0&resampled=1',
  },
  {
    id: 'subgroups-large-k',
    title: 'Sub-groups bridged by a large k',
    look: 'With k = 14, anchor row 300 of the left group (12 points) must take neighbours from the right group: segments cross the majority.',
    why: 'Synthetic points on those segments are minority labels in majority land; set k to 5 and they stay in their groups.',
    query: '?dataset=blobs-split-minority&method=SMOTE&k=14&anchor=300&seed=0&resampled=1',
  },
  {
    id: 'k-too-small',
    title: 'A k too small',
    look: 'With k = 3 every neighbour of anchor row 0 is in its own clump of four, so every synthetic point stays inside one of eight tiny clumps.',
    why: 'The minority region between the clumps stays empty; set k to 8 and the points spread over the whole region.',
    query: '?dataset=clumped-minority&method=SMOTE&k=3&anchor=0&seed=0&resampled=1',
  },
  {
    id: 'feature-scaling',
    title: 'Feature scaling',
    look: "Anchor row 0's neighbours are the rows with a similar balance, whatever their utilisation; set Feature scaling to Standardise and watch them change.",
    why: 'Unscaled, a feature in euros outweighs a share between 0 and 1, so "nearest" means nearest in euros and segments cross the majority.',
    query: '?dataset=scaled-utilisation-balance&method=SMOTE&k=3&anchor=0&seed=0&scale=none',
  },
  {
    id: 'categorical-features',
    title: 'Categorical features',
    look: 'The contract is three 0/1 columns: SMOTE writes fractions such as 0.4 / 0.6 into them; SMOTENC, run beside it, votes 0 or 1.',
    why: 'Half a monthly contract is not a contract: a model trained on it learns values that never occur. Vote categories (SMOTENC, SMOTEN) instead.',
    query: '?dataset=subscriptions-one-hot&method=SMOTE&seed=0&resampled=1',
  },
  {
    id: 'high-dimensions',
    title: 'High dimensions',
    look: "Anchor row 200's five nearest neighbours are found in all ten features; on the f1–f2 plot they look scattered, some far from it.",
    why: 'A 2-D view hides most of the distance, and in many dimensions distances bunch up so "nearest" means less.',
    query: '?dataset=high-dimensional-10d&method=SMOTE&k=5&anchor=200&seed=0',
  },
  {
    id: 'too-few-minority',
    title: 'Too few minority samples',
    look: 'Four minority rows and k = 5: the app names the limit instead of crashing (each anchor needs k other rows of its class).',
    why: 'imbalanced-learn raises an error here; lower k to 3 or fewer, or collect more minority rows: a point cannot have 5 neighbours among 3 others.',
    query: '?dataset=tiny-minority&method=SMOTE&k=5&anchor=0&seed=0&resampled=1',
  },
  {
    id: 'anchor-fairness',
    title: 'Anchor fairness',
    look: 'The histogram counts synthetic children per minority point: anchors are drawn at random with replacement, so some get none.',
    why: 'SMOTE does not spread its points evenly: with as many new points as minority points, about a third of the minority is never drawn.',
    query: '?dataset=moons-curved-minority&method=SMOTE&p.sampling_strategy=0.2&seed=0&resampled=1',
  },
  {
    id: 'variant-borderline',
    title: 'Borderline-SMOTE: only the boundary',
    look: 'Only danger points (circled: half or more, but not all, of their 10 neighbours majority) are anchors; noise (squares) and safe points (diamonds) make nothing.',
    why: 'It answers noise amplification: a point among majority only is skipped, though a clump of mislabelled points (lower left) still looks like a boundary.',
    query: '?dataset=overlap-noisy-minority&method=BorderlineSMOTE&seed=0&resampled=1',
  },
  {
    id: 'variant-adasyn',
    title: 'ADASYN: more where it is hard',
    look: 'Each minority point gets children in proportion to its majority neighbours: the points near the other moon get the most.',
    why: 'It answers "every point treated alike" by focusing on the hard region, though it also feeds noise points if there are any.',
    query: '?dataset=moons-curved-minority&method=ADASYN&seed=0&resampled=1',
  },
  {
    id: 'variant-svmsmote',
    title: 'SVM-SMOTE: let an SVM find the boundary',
    look: "Only the SVM's minority support vectors are anchors; where the majority is sparse, new points extrapolate outward.",
    why: 'It answers an unknown boundary: the SVM decides which points matter instead of a neighbour count.',
    query: '?dataset=moons-curved-minority&method=SVMSMOTE&seed=0&resampled=1',
  },
  {
    id: 'variant-kmeans',
    title: 'KMeans-SMOTE: cluster first',
    look: 'k-means clusters are outlined; only a cluster where the minority dominates (here the right group) gets new points, and no segment crosses the majority.',
    why: 'It answers sub-groups and imbalance between clusters: interpolation stays inside a cluster, and sparse clusters get more.',
    query: '?dataset=blobs-split-minority&method=KMeansSMOTE&seed=0&resampled=1',
  },
  {
    id: 'variant-smote-tomek',
    title: 'SMOTE + Tomek links: generate, then clean',
    look: "Crossed-out rows are Tomek links removed after SMOTE: pairs of opposite classes that are each other's nearest neighbour.",
    why: 'It answers the noisy pairs SMOTE leaves at the boundary, so the classes separate more cleanly.',
    query: '?dataset=overlap-noisy-minority&method=SMOTETomek&seed=0&resampled=1',
  },
  {
    id: 'variant-smote-enn',
    title: 'SMOTE + ENN: generate, then clean harder',
    look: 'Crossed-out rows, real and synthetic, are those whose 3 nearest neighbours do not all share their class: far more than Tomek links remove.',
    why: 'It answers overlap and noise by editing both classes, at the price of losing real rows too.',
    query: '?dataset=overlap-noisy-minority&method=SMOTEENN&seed=0&resampled=1',
  },
];

/** Each lesson id's view, as the store opens it. */
export const LESSON_QUERIES: Readonly<Record<string, string>> = Object.fromEntries(
  LESSONS.map((lesson) => [lesson.id, lesson.query]),
);

export function findLesson(id: string | null): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
