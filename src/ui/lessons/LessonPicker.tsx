import { useId } from 'react';
import { appStore, useAppState } from '../../state/app-store';
import { LESSONS } from './lesson-list';
import './lessons.css';

/** Opens a lesson's view; "No lesson" leaves the lesson and keeps what is on screen. */
export function LessonPicker() {
  const id = useId();
  const lesson = useAppState((s) => s.lesson);
  const ready = useAppState((s) => s.catalog.length > 0 && s.methods.length > 0);
  return (
    <div className="lesson-picker">
      <label htmlFor={id}>Lesson</label>
      <select
        id={id}
        value={lesson ?? ''}
        disabled={!ready}
        onChange={(event) => void appStore.getState().chooseLesson(event.target.value || null)}
      >
        <option value="">No lesson</option>
        {LESSONS.map((l) => (
          <option key={l.id} value={l.id}>
            {l.title}
          </option>
        ))}
      </select>
    </div>
  );
}
