import { demoCultureCheck, demoCultureResponses } from '../../shared/content/demoCulture';
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

/**
 * The demo's seven-levers culture check (CONTENT.md section 11), and the protected coaching hours
 * marked as the action taken on its weakest lever (managers own development).
 */
export function writeDemoCulture(edit: Edit, ids: DemoIds) {
  const checkId = ids.newId();
  edit.insert('culture_check', { ...demoCultureCheck, id: checkId, engagementId: ids.engagementId, order: 0 });
  for (const r of demoCultureResponses())
    edit.insert('culture_response', { ...r, id: ids.newId(), engagementId: ids.engagementId, checkId });
  const coaching = ids.interventionIds.get('time-staffing');
  if (coaching) edit.update('intervention', coaching, { lever: 'managers' });
}
