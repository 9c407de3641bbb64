// Playback: while playing, one tick after another at the chosen speed; each tick moves the walk,
// which schedules the next. Reduced motion changes how marks move, not whether steps advance.
import { useEffect } from 'react';
import { appStore, useAppState } from '../../state/app-store';
import { playInterval, selectStepPosition } from '../../state/stepper-slice';

export function usePlayback(): void {
  const playing = useAppState((s) => s.playing);
  const speed = useAppState((s) => s.speed);
  const pace = useAppState((s) => s.pace);
  const item = useAppState((s) => selectStepPosition(s).item);
  const phase = useAppState((s) => selectStepPosition(s).phase);
  // biome-ignore lint/correctness/useExhaustiveDependencies: every move (item, phase) and a new pace restart the timer
  useEffect(() => {
    if (!playing) return;
    const { ms, count } = playInterval(speed);
    const timer = setTimeout(() => appStore.getState().tick(count), ms);
    return () => clearTimeout(timer);
  }, [playing, speed, pace, item, phase]);
}
