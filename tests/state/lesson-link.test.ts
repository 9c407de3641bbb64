import { describe, expect, it } from 'vitest';
import { expandLessonLink, withLesson } from '../../src/state/lesson-link';

const LESSONS = {
  'k-too-small': '?dataset=clumped-minority&method=SMOTE&k=3&anchor=0&resampled=1',
  'why-not-duplicate': '?dataset=moons-curved-minority&resampled=1',
};

describe('expandLessonLink', () => {
  it('leaves a link without a lesson as it is', () => {
    expect(expandLessonLink('?dataset=two-points&k=1', LESSONS)).toEqual({
      search: '?dataset=two-points&k=1',
      lesson: null,
      notices: [],
    });
  });

  it("opens a lesson's view, with the link's own keys on top", () => {
    const link = expandLessonLink('?lesson=k-too-small&k=8&seed=4', LESSONS);
    expect(link.lesson).toBe('k-too-small');
    expect(link.notices).toEqual([]);
    expect(Object.fromEntries(new URLSearchParams(link.search))).toEqual({
      dataset: 'clumped-minority',
      method: 'SMOTE',
      k: '8',
      anchor: '0',
      resampled: '1',
      seed: '4',
    });
  });

  it('keeps a whole view when the link names its dataset, so a changed lesson reopens as left', () => {
    const search = '?lesson=k-too-small&dataset=clumped-minority&k=8&anchor=none';
    const link = expandLessonLink(search, LESSONS);
    expect(link.lesson).toBe('k-too-small');
    expect(link.search).toBe('?dataset=clumped-minority&k=8&anchor=none');
  });

  it("leaves the lesson out of a link whose dataset is not the lesson's", () => {
    const link = expandLessonLink('?lesson=k-too-small&dataset=two-points&k=1', LESSONS);
    expect(link).toEqual({
      search: '?dataset=two-points&k=1',
      lesson: null,
      notices: [
        "The link's lesson 'k-too-small' is about clumped-minority, not two-points; it was left out.",
      ],
    });
  });

  it('drops an unknown lesson with a notice naming it and the known ones', () => {
    const link = expandLessonLink('?lesson=smote-magic&dataset=two-points', LESSONS);
    expect(link).toEqual({
      search: '?dataset=two-points',
      lesson: null,
      notices: [
        "The link's lesson 'smote-magic' is not one of the lessons (k-too-small, why-not-duplicate); it was ignored.",
      ],
    });
  });
});

describe('withLesson', () => {
  it('puts the lesson first and leaves a view without one alone', () => {
    expect(withLesson('?dataset=two-points&k=1', 'k-too-small')).toBe(
      '?lesson=k-too-small&dataset=two-points&k=1',
    );
    expect(withLesson('?dataset=two-points', null)).toBe('?dataset=two-points');
  });
});
