/** The report's sections, in order: the contents page, the bookmarks and the headings use these titles. */
export const reportSections = [
  ['summary', 'Executive summary'],
  ['need', 'The business need'],
  ['causes', 'The causes: why performance falls short'],
  ['map', 'The map'],
  ['interventions', 'Interventions'],
  ['method', 'Evaluation method'],
  ['results', 'Results, level 1 to 5'],
  ['intangibles', 'Intangible benefits'],
  ['conclusions', 'Conclusions and next steps'],
  ['appendix', 'Appendix: evidence log and measure definitions'],
] as const;
export type SectionId = (typeof reportSections)[number][0];
