// What the link builder calls each control group, in the app's order.
import type { ControlGroup, ThemeName } from '../../state/display-params';

export const GROUP_LABELS: Record<ControlGroup, string> = {
  dataset: 'Lesson and dataset pickers',
  data: 'Open your own CSV, and the Data panel',
  method: 'Method, parameters and Resample',
  walkthrough: 'One anchor step by step: k, seed, neighbour, λ',
  stepper: 'Stepper: step through the run',
  inspector: 'Inspector and formula',
  explain: 'Explain this',
  evaluation: 'Evaluation',
  export: 'Export',
  display: 'Theme and presenter mode',
};

export const THEME_LABELS: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};
