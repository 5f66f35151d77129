/**
 * The report's sections, in the order of a Phillips ROI impact study (PRODUCT.md section 6): the
 * contents page, the bookmarks and the headings use these titles.
 */
export const reportSections = [
  ['summary', 'Executive summary'],
  ['need', 'Background and the business need'],
  ['objectives', 'Objectives by level'],
  ['analysis', 'The analysis: why performance falls short'],
  ['capabilities', 'Capabilities and learning needs'],
  ['culture', 'Culture check: readiness for learning'],
  ['map', 'The map'],
  ['interventions', 'Interventions and their status'],
  ['developmentPlans', 'Development plans'],
  ['method', 'Evaluation method'],
  ['results', 'Results, level 1 to 5'],
  ['costs', 'Costs, fully loaded'],
  ['roi', 'Return on investment and sensitivity'],
  ['intangibles', 'Intangible benefits'],
  ['barriers', 'Barriers and enablers'],
  ['conclusions', 'Conclusions and recommendations'],
  ['appendix', 'Appendix: evidence log and measure definitions'],
] as const;
export type SectionId = (typeof reportSections)[number][0];

export const sectionTitle = (id: SectionId) => reportSections.find(([k]) => k === id)![1];
