/**
 * Counts renders by name, only when a test has asked for it by setting `window.__renderCounts`
 * (an object); otherwise it does nothing. The e2e tests use it to check that an edit re-renders
 * the records it changed and not the rest.
 */
export function countRender(name: string) {
  const counts = (globalThis as { __renderCounts?: Record<string, number> }).__renderCounts;
  if (counts) counts[name] = (counts[name] ?? 0) + 1;
}
