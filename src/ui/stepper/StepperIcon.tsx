// Media-player glyphs drawn as SVG: the symbol fonts on many systems lack ⏮ ⏭ ⏸.
export type IconName = 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last';

const PATHS: Record<IconName, string> = {
  first: 'M2 2h2v12H2zM14 2v12L5 8z',
  previous: 'M12 2v12L3 8z',
  play: 'M4 2v12l9-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  next: 'M4 2v12l9-6z',
  last: 'M12 2h2v12h-2zM2 2v12l9-6z',
};

export function StepperIcon({ name }: { name: IconName }) {
  return (
    <svg className="stepper-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
