// Display slice: the theme, presenter mode and which control groups a lesson link shows.
import {
  type ControlGroup,
  type DisplayParams,
  groupShown,
  parseDisplayQuery,
  type ThemeName,
} from './display-params';
import type { AppState, SliceCreator } from './store';

export interface DisplaySlice extends DisplayParams {
  /** The theme the system asks for (prefers-contrast, prefers-color-scheme); used when theme is null. */
  systemTheme: ThemeName;
  /** Reads the link's display keys; its notices go to the notice list. */
  applyDisplayQuery(search: string): void;
  setTheme(theme: ThemeName | null): void;
  setSystemTheme(theme: ThemeName): void;
  setPresenting(presenting: boolean): void;
  /** Brings back every control a lesson link hid. */
  showAllControls(): void;
}

export const createDisplaySlice: SliceCreator<DisplaySlice> = () => (set, get) => ({
  theme: null,
  systemTheme: 'light',
  presenting: false,
  controls: null,
  applyDisplayQuery(search) {
    const { display, notices } = parseDisplayQuery(search);
    set(display);
    for (const text of notices) get().addNotice(text);
  },
  setTheme: (theme) => set({ theme }),
  setSystemTheme: (systemTheme) => set({ systemTheme }),
  setPresenting: (presenting) => set({ presenting }),
  showAllControls: () => set({ controls: null }),
});

export function selectTheme(s: AppState): ThemeName {
  return s.theme ?? s.systemTheme;
}

export function selectDisplay(s: AppState): DisplayParams {
  return { theme: s.theme, presenting: s.presenting, controls: s.controls };
}

export function selectGroupShown(group: ControlGroup) {
  return (s: AppState) => groupShown(s, group);
}
