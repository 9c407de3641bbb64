// The stepper's keys, the same on the plot and on the stepper bar while the stepper is open:
// → and ← a step, Shift+→ and Shift+← a whole sample, Space plays and pauses, Home goes to the
// first step, End skips to the end, Escape closes the stepper.
import type { AppState } from './store';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Runs the stepper action for the key; false when the stepper is closed or the key is not its. */
export function handleStepperKey(s: AppState, event: KeyPress): boolean {
  if (!s.stepperOpen || event.altKey || event.ctrlKey || event.metaKey) return false;
  switch (event.key) {
    case 'ArrowRight':
      if (event.shiftKey) s.nextSample();
      else s.stepNext();
      return true;
    case 'ArrowLeft':
      if (event.shiftKey) s.previousSample();
      else s.stepPrevious();
      return true;
    case ' ':
      s.togglePlay();
      return true;
    case 'Home':
      s.toStart();
      return true;
    case 'End':
      s.skipToEnd();
      return true;
    case 'Escape':
      s.closeStepper();
      return true;
    default:
      return false;
  }
}
