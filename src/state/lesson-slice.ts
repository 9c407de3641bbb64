// Lesson slice: the lesson on screen and the one way a link opens (start-up and the lesson picker
// both go through openLink). The lessons' views come from the page (setLessonQueries), as the
// dataset catalog does; opening another dataset ends the lesson.
import { expandLessonLink } from './lesson-link';
import type { SliceCreator } from './store';
import { parseViewQuery } from './url-params';

export interface LessonSlice {
  /** The lesson id whose banner is shown, or null. */
  lesson: string | null;
  /** The dataset the lesson opened; moving to another dataset ends the lesson. */
  lessonDataset: string | null;
  /** Each lesson id's view query. */
  lessonQueries: Readonly<Record<string, string>>;
  setLessonQueries(queries: Readonly<Record<string, string>>): void;
  /** Opens a link's view (`?dataset=…&lesson=…`), with a notice for every value that did not fit. */
  openLink(search: string): Promise<void>;
  /** Opens a lesson's view; null leaves the lesson and keeps the view. */
  chooseLesson(id: string | null): Promise<void>;
}

export const createLessonSlice: SliceCreator<LessonSlice> = () => (set, get, api) => {
  let shownDataset: string | null = null;
  api.subscribe((state) => {
    if (state.datasetName === shownDataset) return;
    shownDataset = state.datasetName;
    if (state.lesson !== null && state.datasetName !== state.lessonDataset) {
      set({ lesson: null, lessonDataset: null });
    }
  });
  return {
    lesson: null,
    lessonDataset: null,
    lessonQueries: {},
    setLessonQueries: (lessonQueries) => set({ lessonQueries }),

    async openLink(search) {
      const link = expandLessonLink(search, get().lessonQueries);
      const parsed = parseViewQuery(link.search, get().catalog, get().methods);
      for (const text of [...link.notices, ...parsed.notices]) get().addNotice(text);
      set({ lesson: link.lesson, lessonDataset: link.lesson === null ? null : parsed.dataset });
      // A link made on an opened file keeps that file's rows and axes for when it is opened again.
      if (parsed.file) get().awaitFile(parsed.file);
      await get().openDataset(parsed.dataset, parsed.asked);
    },

    chooseLesson(id) {
      if (id === null) {
        set({ lesson: null, lessonDataset: null });
        return Promise.resolve();
      }
      return get().openLink(`?lesson=${encodeURIComponent(id)}`);
    },
  };
};
