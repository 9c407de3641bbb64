// How the page is shown, as the link carries it: `theme=light|dark|contrast`, `present=1` for
// presenter mode and `controls=dataset,stepper,…` for a lesson link that shows only those control
// groups. Like the view, reading never fails: an unknown value is left out and a notice says so.

export const THEMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

/** The app's control groups, as a lesson link names them; the plot is always shown. */
export const CONTROL_GROUPS = [
  'dataset',
  'data',
  'method',
  'walkthrough',
  'stepper',
  'inspector',
  'explain',
  'evaluation',
  'export',
  'display',
] as const;
export type ControlGroup = (typeof CONTROL_GROUPS)[number];

/** What presenter mode hides when the link does not list the controls itself. */
export const SECONDARY_GROUPS: readonly ControlGroup[] = [
  'data',
  'method',
  'walkthrough',
  'explain',
  'evaluation',
  'export',
];

export interface DisplayParams {
  /** null: follow the system's colour scheme. */
  theme: ThemeName | null;
  presenting: boolean;
  /** null: every control group is shown. */
  controls: ControlGroup[] | null;
}

export const DISPLAY_KEYS = ['theme', 'present', 'controls'];

function isTheme(text: string): text is ThemeName {
  return (THEMES as readonly string[]).includes(text);
}

function isGroup(text: string): text is ControlGroup {
  return (CONTROL_GROUPS as readonly string[]).includes(text);
}

export function parseDisplayQuery(search: string): { display: DisplayParams; notices: string[] } {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const display: DisplayParams = { theme: null, presenting: false, controls: null };
  const theme = query.get('theme');
  if (theme !== null) {
    if (isTheme(theme)) display.theme = theme;
    else
      notices.push(
        `The link's theme=${theme} is not ${THEMES.join(', ')}; following the system's colours.`,
      );
  }
  const present = query.get('present');
  if (present === '1') display.presenting = true;
  else if (present !== null && present !== '0') {
    notices.push(`The link's present=${present} is not 1 or 0; presenter mode is off.`);
  }
  const controls = query.get('controls');
  if (controls !== null) {
    const names = controls.split(',').filter((name) => name !== '');
    const unknown = names.filter((name) => !isGroup(name));
    if (unknown.length > 0) {
      notices.push(
        `The link's controls list has unknown ${unknown.map((n) => `'${n}'`).join(', ')}; ignored.`,
      );
    }
    // Kept in the app's own order, so the same choice always gives the same link.
    display.controls = CONTROL_GROUPS.filter((group) => names.includes(group));
  }
  return { display, notices };
}

/** The link's display keys for these settings; nothing for the defaults. */
export function displayQuery(display: DisplayParams): URLSearchParams {
  const query = new URLSearchParams();
  if (display.theme !== null) query.set('theme', display.theme);
  if (display.presenting) query.set('present', '1');
  if (display.controls !== null) query.set('controls', display.controls.join(','));
  return query;
}

/** Whether a control group is on screen: a lesson link's list wins, else presenter mode hides the secondary ones. */
export function groupShown(display: DisplayParams, group: ControlGroup): boolean {
  if (display.controls !== null) return display.controls.includes(group);
  return !(display.presenting && SECONDARY_GROUPS.includes(group));
}

/**
 * A link to `url` (the current view's link, with whatever else it carries) with these display
 * settings in place of its own.
 */
export function withDisplay(url: string, display: DisplayParams): string {
  const link = new URL(url);
  for (const key of DISPLAY_KEYS) link.searchParams.delete(key);
  for (const [key, value] of displayQuery(display)) link.searchParams.set(key, value);
  // Commas in the controls list read better unescaped, and URLSearchParams accepts them back.
  return link.toString().replace(/%2C/g, ',');
}
