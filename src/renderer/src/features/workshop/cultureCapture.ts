/** The five points of the culture check's scale, as the room reads them under the keys 1-5. */
export const ratingLabels = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;

/** The next anonymous label for a respondent captured in the workshop: W-001, W-002, … after the highest used. */
export function nextWorkshopLabel(used: readonly string[]) {
  const highest = Math.max(
    0,
    ...used
      .map((r) => /^W-(\d+)$/.exec(r)?.[1])
      .filter(Boolean)
      .map(Number),
  );
  return `W-${String(highest + 1).padStart(3, '0')}`;
}
