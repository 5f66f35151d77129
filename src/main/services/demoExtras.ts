import type { Edit } from '../db/history';

/** The demo's records by the keys its content uses, for the parts written after the chain. */
export type DemoIds = {
  engagementId: string;
  newId: () => string;
  audienceIds: { agents: string; leaders: string };
  /** Behaviours by their text. */
  behaviourIds: Map<string, string>;
  /** Causes by their content key. */
  causeIds: Map<string, string>;
  /** Interventions by catalogue key. */
  interventionIds: Map<string, string>;
  /** Measures by name. */
  measureIds: Map<string, string>;
};

/** The demo's capability framework, assessments and learning needs (CONTENT.md section 10). */
export function writeDemoCapabilities(_edit: Edit, _ids: DemoIds) {}

/** The demo's seven-levers culture check (CONTENT.md section 11). */
export function writeDemoCulture(_edit: Edit, _ids: DemoIds) {}
