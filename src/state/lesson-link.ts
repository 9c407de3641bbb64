// A lesson in a link: `?lesson=<id>` opens the lesson's own view. A link that also names the
// lesson's dataset carries the whole view (the app writes such links after the user changed things),
// so only the banner comes from the id; a short hand-made link takes the lesson's view under its keys.

export interface LessonLink {
  /** The query to open, with the lesson's view filled in where the link asks for it. */
  search: string;
  lesson: string | null;
  notices: string[];
}

export const LESSON_KEY = 'lesson';

/** `lessons` maps each lesson id to its view query (`?dataset=…&method=…`). */
export function expandLessonLink(
  search: string,
  lessons: Readonly<Record<string, string>>,
): LessonLink {
  const own = new URLSearchParams(search);
  const id = own.get(LESSON_KEY);
  if (id === null) return { search, lesson: null, notices: [] };
  own.delete(LESSON_KEY);
  const view = lessons[id];
  if (view === undefined) {
    const known = Object.keys(lessons).join(', ');
    const notice = `The link's lesson '${id}' is not one of the lessons (${known}); it was ignored.`;
    return { search: `?${own}`, lesson: null, notices: [notice] };
  }
  if (own.has('dataset')) {
    const expected = new URLSearchParams(view).get('dataset');
    if (own.get('dataset') === expected) return { search: `?${own}`, lesson: id, notices: [] };
    const notice = `The link's lesson '${id}' is about ${expected}, not ${own.get('dataset')}; it was left out.`;
    return { search: `?${own}`, lesson: null, notices: [notice] };
  }
  const merged = new URLSearchParams(view);
  for (const key of new Set(own.keys())) {
    merged.delete(key);
    for (const value of own.getAll(key)) merged.append(key, value);
  }
  return { search: `?${merged}`, lesson: id, notices: [] };
}

/** The view's query with the lesson in front, so a link reopens the lesson as it was left. */
export function withLesson(query: string, lesson: string | null): string {
  if (lesson === null) return query;
  const rest = query.startsWith('?') ? query.slice(1) : query;
  const key = `${LESSON_KEY}=${encodeURIComponent(lesson)}`;
  return rest === '' ? `?${key}` : `?${key}&${rest}`;
}
