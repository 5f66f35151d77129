/** True while the focus is in a text field: single-key shortcuts must not fire then. */
export const isEditable = (el: Element | null = document.activeElement) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
