import { useAppState } from '../../state/app-store';
import { findLesson } from './lesson-list';

/** The open lesson: what to look at and why it matters, above the plot. */
export function LessonBanner() {
  const lesson = findLesson(useAppState((s) => s.lesson));
  if (!lesson) return null;
  return (
    <section className="lesson-banner" aria-label={`Lesson: ${lesson.title}`}>
      <h2>{lesson.title}</h2>
      <p>
        <strong>Look:</strong> {lesson.look}
      </p>
      <p>
        <strong>Why:</strong> {lesson.why}
      </p>
    </section>
  );
}
