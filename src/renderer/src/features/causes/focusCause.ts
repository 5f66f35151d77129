import { useSyncExternalStore } from 'react';
import { navigate } from '../../app/route';

/**
 * A request to show one cause with its evidence, from a verdict's drill-down or the map: the
 * Causes step picks its behaviour, expands the cause, opens its evidence and scrolls to it. Kept
 * out of the address so a reload does not jump again. `token` tells two requests for the same cause apart.
 */
export type CauseFocus = { engagementId: string; causeId: string; token: number };

let current: CauseFocus | null = null;
let next = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function openCause(engagementId: string, causeId: string) {
  current = { engagementId, causeId, token: ++next };
  emit();
  navigate({ screen: 'engagement', id: engagementId, step: 'causes' });
}

/** Called once the cause is in view, so coming back to the step later does not jump to it again. */
export function focusDone(token: number) {
  if (current?.token !== token) return;
  current = null;
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
export const useCauseFocus = () => useSyncExternalStore(subscribe, () => current);

/** Scrolls an element to the top of the page, below the fixed header and any sticky verdict that would cover it. */
export function revealBelowCovers(el: HTMLElement) {
  el.scrollIntoView({ block: 'start' });
  const covers = [...document.querySelectorAll<HTMLElement>('header, [data-sticky-verdict]')]
    .filter((c) => !c.contains(el) && ['fixed', 'sticky'].includes(getComputedStyle(c).position))
    // A one-line strip (VerdictStrip) takes no room itself: its bar hangs below it.
    .map((c) => Math.max(c.getBoundingClientRect().bottom, c.firstElementChild?.getBoundingClientRect().bottom ?? 0));
  const clear = Math.max(0, ...covers) + 12;
  const top = el.getBoundingClientRect().top;
  if (top < clear) window.scrollBy(0, top - clear);
}
