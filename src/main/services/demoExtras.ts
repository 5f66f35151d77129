import { demoCultureCheck, demoCultureResponses } from '../../shared/content/demoCulture';
import { demoAssessments, demoCapabilities, demoLearningNeeds, demoSimulatorTransfer } from '../../shared/content';
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
export function writeDemoCapabilities(edit: Edit, ids: DemoIds) {
  const { engagementId, newId, audienceIds } = ids;
  const found = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`The demo's capabilities name “${key}”, which the demo does not have.`);
    return id;
  };
  const capabilityIds = new Map<string, string>();
  demoCapabilities.forEach(({ key, role, required, importance, behaviours, causes, ...fields }, order) => {
    const id = newId();
    capabilityIds.set(key, id);
    edit.insert('capability', {
      ...fields,
      id,
      engagementId,
      order,
      behaviourIds: behaviours.map((b) => found(ids.behaviourIds, b)),
      causeIds: causes.map((c) => found(ids.causeIds, c)),
    });
    edit.insert('requirement', {
      id: newId(),
      engagementId,
      capabilityId: id,
      audienceId: audienceIds[role],
      required,
      importance,
      typical: null,
      low: null,
      high: null,
    });
  });
  for (const { capability, role, ...row } of demoAssessments())
    edit.insert('assessment', {
      ...row,
      id: newId(),
      engagementId,
      capabilityId: found(capabilityIds, capability),
      audienceId: audienceIds[role],
      measureId: null,
    });
  demoLearningNeeds.forEach(({ capability, role, behaviour, intervention, ...need }, order) =>
    edit.insert('learning_need', {
      ...need,
      id: newId(),
      engagementId,
      order,
      capabilityId: found(capabilityIds, capability),
      audienceId: audienceIds[role],
      behaviourId: found(ids.behaviourIds, behaviour),
      interventionId: found(ids.interventionIds, intervention),
    }),
  );
  edit.update('intervention', found(ids.interventionIds, 'simulation'), { transfer: demoSimulatorTransfer });
}

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
