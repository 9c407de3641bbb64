import type { ReactNode } from 'react';
import { useAppState } from '../../state/app-store';
import type { ControlGroup as GroupName } from '../../state/display-params';
import { selectGroupShown } from '../../state/display-slice';

const shownSelectors = new Map<GroupName, ReturnType<typeof selectGroupShown>>();

function shownSelector(group: GroupName) {
  let selector = shownSelectors.get(group);
  if (!selector) {
    selector = selectGroupShown(group);
    shownSelectors.set(group, selector);
  }
  return selector;
}

export function useGroupShown(group: GroupName): boolean {
  return useAppState(shownSelector(group));
}

/** Its children, unless a lesson link or presenter mode hides this group: then nothing at all. */
export function ControlGroup({ group, children }: { group: GroupName; children: ReactNode }) {
  return useGroupShown(group) ? children : null;
}
