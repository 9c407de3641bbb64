import { describe, expect, it } from 'vitest';
import { parseViewQuery } from '../../../src/state/url-params';
import { LESSONS } from '../../../src/ui/lessons/lesson-list';
import { catalog, methods } from '../../state/catalog-fixture';

// The ids other work links to (shared across the project).
const IDS = [
  'why-not-duplicate',
  'noisy-minority',
  'overlapping-classes',
  'subgroups-large-k',
  'k-too-small',
  'feature-scaling',
  'categorical-features',
  'high-dimensions',
  'too-few-minority',
  'anchor-fairness',
  'variant-borderline',
  'variant-adasyn',
  'variant-svmsmote',
  'variant-kmeans',
  'variant-smote-tomek',
  'variant-smote-enn',
];

describe('the lesson list', () => {
  it('has exactly the shared ids, each with a title and one line to look at and one on why', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(IDS);
    for (const lesson of LESSONS) {
      for (const text of [lesson.title, lesson.look, lesson.why]) {
        expect(text.trim().length, lesson.id).toBeGreaterThan(0);
        expect(text, lesson.id).not.toMatch(/\n/);
      }
    }
  });

  it("opens each lesson's view with every value valid", () => {
    for (const lesson of LESSONS) {
      const parsed = parseViewQuery(lesson.query, catalog, methods);
      const query = new URLSearchParams(lesson.query);
      expect(parsed.dataset, lesson.id).toBe(query.get('dataset'));
      // Until the scaling control reads `scale`, the link names it as unknown; nothing else may fail.
      const others = parsed.notices.filter(
        (n) => n !== "The link's 'scale' setting is unknown and was ignored.",
      );
      expect(others, lesson.id).toEqual([]);
      if (query.has('method')) expect(parsed.asked.method, lesson.id).toBe(query.get('method'));
    }
  });
});
