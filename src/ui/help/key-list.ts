// Every key smote-lab answers to, by where the focus is: what the help overlay lists.

export interface KeyGroup {
  title: string;
  keys: { keys: string[]; does: string }[];
}

export const KEY_GROUPS: KeyGroup[] = [
  {
    title: 'Anywhere (not while typing in a field)',
    keys: [
      { keys: ['?'], does: 'Open this list of keys' },
      { keys: ['Esc'], does: 'Close this list; focus goes back where it was' },
      { keys: ['Tab', 'Shift+Tab'], does: 'Move between controls' },
      { keys: ['p'], does: 'Presenter mode on or off: full screen, large type, main panels only' },
      { keys: ['Esc'], does: 'In presenter mode, leave full screen (and presenter mode)' },
    ],
  },
  {
    title: 'The plot, exploring',
    keys: [
      { keys: ['←', '→', '↑', '↓'], does: 'Move to the nearest minority point that way' },
      { keys: ['Enter', 'Space'], does: 'Make that point the anchor' },
      { keys: ['Esc'], does: 'Clear the anchor and the selection' },
      { keys: ['+', '='], does: 'Zoom in' },
      { keys: ['−'], does: 'Zoom out' },
      { keys: ['0'], does: 'Reset the zoom' },
    ],
  },
  {
    title: 'The stepper, while it is open (on the plot or the stepper bar)',
    keys: [
      { keys: ['→'], does: 'Next step' },
      { keys: ['←'], does: 'Previous step' },
      { keys: ['Shift+→'], does: 'Next sample, shown placed' },
      { keys: ['Shift+←'], does: 'Previous sample' },
      { keys: ['Space'], does: 'Play or pause' },
      { keys: ['Home'], does: 'First step' },
      { keys: ['End'], does: 'Skip to the end: the whole run' },
      { keys: ['Esc'], does: 'Close the stepper and go back to exploring' },
      {
        keys: ['↑', '↓', 'Enter'],
        does: 'Nothing on the plot while stepping: the run picks the anchors (zoom keys still work)',
      },
    ],
  },
];
