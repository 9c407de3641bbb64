import { describe, expect, it } from 'vitest';
import {
  answerValue,
  askedQuestions,
  type BoundaryNoise,
  type GuideAnswers,
  nextQuestion,
  QUESTIONS,
  questionAfter,
  questionBefore,
  questionCount,
  questionNumber,
  recommend,
  withAnswer,
} from '../../../src/ui/guide/variant-advice';

// Every numeric path: noise / sub-groups / cleaner / model -> the method, then what else is named.
const NUMERIC_PATHS: Record<string, string> = {
  'none no no no': 'SMOTE',
  'none no no yes': 'SVMSMOTE',
  'none no yes no': 'SMOTETomek',
  'none no yes yes': 'SVMSMOTE | SMOTETomek',
  'none yes no no': 'KMeansSMOTE',
  'none yes no yes': 'KMeansSMOTE | SVMSMOTE',
  'none yes yes no': 'KMeansSMOTE | SMOTETomek',
  'none yes yes yes': 'KMeansSMOTE | SVMSMOTE SMOTETomek',
  'little no no no': 'BorderlineSMOTE',
  'little no no yes': 'SVMSMOTE | BorderlineSMOTE',
  'little no yes no': 'SMOTETomek | BorderlineSMOTE',
  'little no yes yes': 'SVMSMOTE | SMOTETomek BorderlineSMOTE',
  'little yes no no': 'KMeansSMOTE | BorderlineSMOTE',
  'little yes no yes': 'KMeansSMOTE | SVMSMOTE BorderlineSMOTE',
  'little yes yes no': 'KMeansSMOTE | SMOTETomek BorderlineSMOTE',
  'little yes yes yes': 'KMeansSMOTE | SVMSMOTE SMOTETomek BorderlineSMOTE',
  'lot no no no': 'ADASYN',
  'lot no no yes': 'SVMSMOTE | ADASYN',
  'lot no yes no': 'SMOTEENN | ADASYN',
  'lot no yes yes': 'SVMSMOTE | SMOTEENN ADASYN',
  'lot yes no no': 'KMeansSMOTE | ADASYN',
  'lot yes no yes': 'KMeansSMOTE | SVMSMOTE ADASYN',
  'lot yes yes no': 'KMeansSMOTE | SMOTEENN ADASYN',
  'lot yes yes yes': 'KMeansSMOTE | SVMSMOTE SMOTEENN ADASYN',
};

const LESSONS: Record<string, string> = {
  SMOTE: 'why-not-duplicate',
  BorderlineSMOTE: 'variant-borderline',
  ADASYN: 'variant-adasyn',
  SVMSMOTE: 'variant-svmsmote',
  KMeansSMOTE: 'variant-kmeans',
  SMOTETomek: 'variant-smote-tomek',
  SMOTEENN: 'variant-smote-enn',
};

/** Answers given one radio value at a time, as the dialog does. */
function answer(values: [keyof GuideAnswers, string][]): GuideAnswers {
  let answers: GuideAnswers = {};
  for (const [id, value] of values) {
    expect(nextQuestion(answers)).toBe(id);
    answers = withAnswer(answers, id, value);
  }
  return answers;
}

describe('the which-variant guide', () => {
  it('ends at once on SMOTENC for mixed columns and on SMOTEN for all-categorical ones', () => {
    const mixed = answer([['features', 'mixed']]);
    expect(nextQuestion(mixed)).toBeNull();
    expect(recommend(mixed)).toMatchObject({
      method: 'SMOTENC',
      lesson: 'categorical-features',
      also: [],
    });
    expect(recommend(mixed)?.notFixed).toContain('generative model');
    const categorical = answer([['features', 'categorical']]);
    expect(nextQuestion(categorical)).toBeNull();
    expect(recommend(categorical)).toMatchObject({
      method: 'SMOTEN',
      lesson: 'categorical-features',
      also: [],
    });
  });

  for (const [path, expected] of Object.entries(NUMERIC_PATHS)) {
    it(`numeric, noise ${path.replace(/ /g, ', ')} -> ${expected}`, () => {
      const [noise, subgroups, cleaner, model] = path.split(' ');
      const answers = answer([
        ['features', 'numeric'],
        ['noise', noise as BoundaryNoise],
        ['subgroups', subgroups],
        ['cleaner', cleaner],
        ['model', model],
      ]);
      expect(nextQuestion(answers)).toBeNull();
      const advice = recommend(answers)!;
      const [best, also = ''] = expected.split(' | ');
      expect(advice.method).toBe(best);
      expect(advice.lesson).toBe(LESSONS[best]);
      expect(advice.also.map((a) => a.method)).toEqual(also === '' ? [] : also.split(' '));
      expect(advice.why.length).toBeGreaterThan(40);
      expect(advice.notFixed.length).toBeGreaterThan(40);
      for (const other of advice.also) expect(other.because).toMatch(/boundary|sub-groups/);
    });
  }

  it('asks nothing more once answered, and recommends nothing before', () => {
    expect(recommend({})).toBeNull();
    expect(recommend({ features: 'numeric', noise: 'lot' })).toBeNull();
    expect(askedQuestions({ features: 'numeric', noise: 'lot' })).toEqual(['features', 'noise']);
  });

  it('asks the numeric questions again after the first answer changes', () => {
    let answers = answer([
      ['features', 'numeric'],
      ['noise', 'lot'],
      ['subgroups', 'yes'],
    ]);
    answers = withAnswer(answers, 'features', 'mixed');
    expect(answers).toEqual({ features: 'mixed' });
    answers = withAnswer(answers, 'features', 'numeric');
    expect(nextQuestion(answers)).toBe('noise');
  });

  it('steps forward and back through the questions the answers lead to', () => {
    expect(questionAfter({}, 'features')).toBeNull();
    expect(questionAfter({ features: 'mixed' }, 'features')).toBeNull();
    expect(questionCount({ features: 'mixed' })).toBe(1);
    expect(questionCount({ features: 'categorical' })).toBe(1);
    expect(questionCount({})).toBe(5);
    const numeric = { features: 'numeric' } as const;
    const forward = ['features'];
    for (let id = questionAfter(numeric, 'features'); id; id = questionAfter(numeric, id)) {
      forward.push(id);
    }
    expect(forward).toEqual(['features', 'noise', 'subgroups', 'cleaner', 'model']);
    expect(questionBefore('model')).toBe('cleaner');
    expect(questionBefore('noise')).toBe('features');
    expect(questionBefore('features')).toBeNull();
    expect(forward.map((id) => questionNumber(id as keyof GuideAnswers))).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives back each answer as the radio value it came from', () => {
    const answers = answer([
      ['features', 'numeric'],
      ['noise', 'little'],
      ['subgroups', 'no'],
    ]);
    expect(answerValue(answers, 'noise')).toBe('little');
    expect(answerValue(answers, 'subgroups')).toBe('no');
    expect(answerValue(answers, 'cleaner')).toBeNull();
    for (const question of Object.values(QUESTIONS)) {
      expect(question.options.length).toBeGreaterThanOrEqual(2);
    }
  });
});
