// The "Which variant?" guide's decision: a few answers about the data lead to one method of the
// registry, why it fits, what it leaves unsolved and the lesson that shows it. Categorical columns
// settle it at once; for numeric data every question is asked and the strongest need wins:
// sub-groups, then a model-found boundary, then cleaning, then how noisy the boundary is.

export type FeatureKind = 'numeric' | 'mixed' | 'categorical';
export type BoundaryNoise = 'none' | 'little' | 'lot';

export interface GuideAnswers {
  features?: FeatureKind;
  noise?: BoundaryNoise;
  subgroups?: boolean;
  cleaner?: boolean;
  model?: boolean;
}

export type QuestionId = keyof GuideAnswers;

export interface GuideOption {
  /** The answer as the form's radio value. */
  value: string;
  label: string;
}

export interface GuideQuestion {
  id: QuestionId;
  text: string;
  options: GuideOption[];
}

const YES_NO: GuideOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const QUESTIONS: Record<QuestionId, GuideQuestion> = {
  features: {
    id: 'features',
    text: 'What are the feature columns?',
    options: [
      { value: 'numeric', label: 'Numeric only' },
      { value: 'mixed', label: 'Mixed: numbers and categories' },
      { value: 'categorical', label: 'All categorical' },
    ],
  },
  noise: {
    id: 'noise',
    text: 'Is the boundary between the classes noisy (minority points inside majority territory)?',
    options: [
      { value: 'none', label: 'No' },
      { value: 'little', label: 'A little' },
      { value: 'lot', label: 'A lot' },
    ],
  },
  subgroups: {
    id: 'subgroups',
    text: 'Does the minority class form separate sub-groups?',
    options: YES_NO,
  },
  cleaner: {
    id: 'cleaner',
    text: 'Do you want the boundary cleaned up after the new points are made?',
    options: YES_NO,
  },
  model: {
    id: 'model',
    text: 'Do you want a model (an SVM) to find the boundary to sample along?',
    options: YES_NO,
  },
};

const NUMERIC_ORDER: QuestionId[] = ['features', 'noise', 'subgroups', 'cleaner', 'model'];

/** The next question to ask, or null when the answers are enough for a recommendation. */
export function nextQuestion(answers: GuideAnswers): QuestionId | null {
  if (answers.features === 'mixed' || answers.features === 'categorical') return null;
  return NUMERIC_ORDER.find((id) => answers[id] === undefined) ?? null;
}

/** The question after `id` for these answers, or null when the recommendation comes next. */
export function questionAfter(answers: GuideAnswers, id: QuestionId): QuestionId | null {
  if (answers.features !== 'numeric') return null;
  return NUMERIC_ORDER[NUMERIC_ORDER.indexOf(id) + 1] ?? null;
}

/** The question before `id`, or null for the first. */
export function questionBefore(id: QuestionId): QuestionId | null {
  return NUMERIC_ORDER[NUMERIC_ORDER.indexOf(id) - 1] ?? null;
}

/** Where `id` comes in the order of questions, from 1. */
export function questionNumber(id: QuestionId): number {
  return NUMERIC_ORDER.indexOf(id) + 1;
}

/** How many questions these answers lead through. */
export function questionCount(answers: GuideAnswers): number {
  return answers.features === 'mixed' || answers.features === 'categorical'
    ? 1
    : NUMERIC_ORDER.length;
}

/** The questions answered so far, in the order they were asked. */
export function askedQuestions(answers: GuideAnswers): QuestionId[] {
  return NUMERIC_ORDER.filter((id) => answers[id] !== undefined);
}

/** The answer a radio value stands for. */
export function withAnswer(answers: GuideAnswers, id: QuestionId, value: string): GuideAnswers {
  const next: GuideAnswers = { ...answers };
  if (id === 'features') next.features = value as FeatureKind;
  else if (id === 'noise') next.noise = value as BoundaryNoise;
  else next[id] = value === 'yes';
  // A new first answer changes which questions follow, so the later ones are asked again.
  if (id === 'features') for (const later of NUMERIC_ORDER.slice(1)) delete next[later];
  return next;
}

/** An answer as the radio value it was given with. */
export function answerValue(answers: GuideAnswers, id: QuestionId): string | null {
  const value = answers[id];
  if (value === undefined) return null;
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
}

export interface Advice {
  /** The registry's method name. */
  method: string;
  /** The lesson that shows it (`?lesson=<id>`). */
  lesson: string;
  why: string;
  notFixed: string;
}

export interface Recommendation extends Advice {
  /** Other methods the answers point to, each with the answer that points there. */
  also: { method: string; because: string }[];
}

const ADVICE: Record<string, Advice> = {
  SMOTE: {
    method: 'SMOTE',
    lesson: 'why-not-duplicate',
    why: 'Numeric features and a clean boundary: interpolating between minority neighbours fills the minority region instead of repeating rows.',
    notFixed:
      'It treats every minority point alike, so noise you missed is interpolated too; scale the features first and judge by minority recall, precision and PR AUC, not accuracy.',
  },
  BorderlineSMOTE: {
    method: 'BorderlineSMOTE',
    lesson: 'variant-borderline',
    why: 'Only minority points in danger (at least half, but not all, of their m neighbours are majority) become anchors; noise and safe points are skipped.',
    notFixed:
      'Sub-groups are still bridged when k is large, and borderline-2 steps toward majority neighbours, which can add overlap.',
  },
  ADASYN: {
    method: 'ADASYN',
    lesson: 'variant-adasyn',
    why: 'Each minority point gets samples in proportion to how many of its neighbours are majority, so most go where learning is hardest.',
    notFixed:
      'A mislabelled point deep in majority territory looks hardest of all and gets the most samples; if the noise is wrong labels, clean it (SMOTE + ENN).',
  },
  SVMSMOTE: {
    method: 'SVMSMOTE',
    lesson: 'variant-svmsmote',
    why: 'An SVM finds the boundary; its minority support vectors are the anchors, and where the majority is sparse it extrapolates outward.',
    notFixed:
      "Minority points far from the boundary get no samples, and the result depends on the SVM's own settings; mislabelled support vectors still breed.",
  },
  KMeansSMOTE: {
    method: 'KMeansSMOTE',
    lesson: 'variant-kmeans',
    why: 'It clusters first and over-samples only clusters where the minority dominates, more in sparse ones, so segments stay inside a sub-group.',
    notFixed:
      'Noise inside a minority cluster is still interpolated, and the number of clusters is a choice you make; a cluster with too few minority points is skipped.',
  },
  SMOTETomek: {
    method: 'SMOTETomek',
    lesson: 'variant-smote-tomek',
    why: 'SMOTE makes the points, then both ends of every Tomek link (opposite-class rows that are each other’s nearest neighbour) are removed, clearing the overlap at the boundary.',
    notFixed:
      'Only linked pairs go, so noise deeper in majority territory stays, and SMOTE has already interpolated from it.',
  },
  SMOTEENN: {
    method: 'SMOTEENN',
    lesson: 'variant-smote-enn',
    why: 'SMOTE makes the points, then every row whose 3 nearest neighbours do not all share its class is removed: a stronger clean-up for a very noisy boundary.',
    notFixed:
      'It can remove many rows of both classes, so the counts end unbalanced again; the noisy points were still used as anchors first.',
  },
  SMOTENC: {
    method: 'SMOTENC',
    lesson: 'categorical-features',
    why: 'Numbers are interpolated and each category column takes the most common value among the neighbours, so no half-category or fractional one-hot value appears.',
    notFixed:
      'Noise and overlap are handled as plain SMOTE would; for complex mixed distributions a generative model (CTGAN, a VAE) learns the data instead (not in smote-lab).',
  },
  SMOTEN: {
    method: 'SMOTEN',
    lesson: 'categorical-features',
    why: 'Every column is a category: distances come from the value difference metric and each new row takes its neighbours’ most common categories.',
    notFixed:
      'New rows only recombine categories the neighbours vote for, and noisy rows vote like any other; a generative model is the next step for complex data.',
  },
};

/** What each method is for, in the words of the answer that asks for it. */
const BECAUSE: Record<string, string> = {
  KMeansSMOTE: 'the minority forms sub-groups',
  SVMSMOTE: 'you want a model to find the boundary',
  SMOTETomek: 'you want the boundary cleaned',
  SMOTEENN: 'you want a noisy boundary cleaned hard',
  ADASYN: 'the boundary is very noisy',
  BorderlineSMOTE: 'the boundary is a little noisy',
};

/** Every method the numeric answers ask for, strongest need first; SMOTE when none does. */
function numericCandidates(answers: GuideAnswers): string[] {
  const out: string[] = [];
  if (answers.subgroups) out.push('KMeansSMOTE');
  if (answers.model) out.push('SVMSMOTE');
  if (answers.cleaner) out.push(answers.noise === 'lot' ? 'SMOTEENN' : 'SMOTETomek');
  if (answers.noise === 'lot') out.push('ADASYN');
  if (answers.noise === 'little') out.push('BorderlineSMOTE');
  return out.length > 0 ? out : ['SMOTE'];
}

/** The recommendation once `nextQuestion` is null; null while a question is still open. */
export function recommend(answers: GuideAnswers): Recommendation | null {
  if (nextQuestion(answers) !== null) return null;
  if (answers.features === 'mixed') return { ...ADVICE.SMOTENC, also: [] };
  if (answers.features === 'categorical') return { ...ADVICE.SMOTEN, also: [] };
  const [best, ...rest] = numericCandidates(answers);
  return { ...ADVICE[best], also: rest.map((method) => ({ method, because: BECAUSE[method] })) };
}
