import {
  demoAudiences,
  demoBehaviours,
  demoBenefits,
  demoCosts,
  demoDrivers,
  demoEngagement,
  demoIntangibles,
  demoInterventions,
  demoObjectives,
  demoObservations,
  demoOutcome,
  demoOutcomeMeasures,
} from '../../shared/content';
import { emptyMeasure } from '../../shared/domain';
import type { Store } from '../db/store';
import { createEngagement } from './engagements';
import { catalogueCells } from './interventions';
import { writeDemoCapabilities, writeDemoCulture } from './demoExtras';

/**
 * Writes the demo engagement (Northwind Energy's contact centre) as ordinary records, so every
 * screen treats it like the user's own work. Each call makes a fresh copy.
 */
export function openDemo(store: Store) {
  return store.transaction(() => {
    const summary = createEngagement(store, demoEngagement, { isDemo: true });
    const engagementId = summary.id;
    const newId = () => crypto.randomUUID();
    // Part of creating the engagement, like its name: not a step the user can undo.
    store.edit(
      engagementId,
      'Load the demo',
      (edit) => {
        const outcomeId = newId();
        edit.insert('outcome', { ...demoOutcome, id: outcomeId, engagementId, order: 0 });
        const audienceIds = { agents: newId(), leaders: newId() };
        Object.entries(demoAudiences).forEach(([key, a], order) =>
          edit.insert('audience', { id: audienceIds[key as keyof typeof audienceIds], engagementId, order, ...a }),
        );
        const causeIds = new Map<string, string>();
        let causeOrder = 0;
        let driverOrder = 0;
        const behaviourIds = new Map<string, string>();
        demoBehaviours.forEach(({ causes, audience, ...behaviour }, order) => {
          const behaviourId = newId();
          behaviourIds.set(behaviour.text, behaviourId);
          edit.insert('behaviour', { ...behaviour, id: behaviourId, engagementId, outcomeId, audienceId: audienceIds[audience], order });
          (demoDrivers[behaviour.text] ?? []).forEach((d) =>
            edit.insert('driver', { ...d, id: newId(), engagementId, behaviourId, order: driverOrder++ }),
          );
          for (const { evidence, key, ...cause } of causes) {
            const causeId = newId();
            if (key) causeIds.set(key, causeId);
            edit.insert('cause', { ...cause, id: causeId, engagementId, behaviourId, order: causeOrder++ });
            for (const item of evidence) edit.insert('evidence', { ...item, id: newId(), engagementId, causeId });
          }
        });
        let measureOrder = 0;
        const measureIds = new Map<string, string>();
        const addMeasure = (
          m: (typeof demoOutcomeMeasures)[number],
          parent: { outcomeId: string | null; interventionId: string | null },
        ) => {
          const measureId = newId();
          measureIds.set(m.name, measureId);
          edit.insert('measure', {
            ...emptyMeasure,
            ...m,
            objective: demoObjectives[m.name] ?? '',
            ...parent,
            id: measureId,
            engagementId,
            order: measureOrder++,
          });
          for (const o of demoObservations[m.name] ?? []) edit.insert('observation', { ...o, id: newId(), engagementId, measureId });
        };
        for (const m of demoOutcomeMeasures) addMeasure(m, { outcomeId, interventionId: null });
        const interventionIds = new Map<string, string>();
        demoInterventions.forEach(({ causes: served, measures, ...i }, order) => {
          const interventionId = newId();
          interventionIds.set(i.catalogueKey, interventionId);
          edit.insert('intervention', { ...i, cells: catalogueCells(i.catalogueKey), id: interventionId, engagementId, order });
          for (const key of served)
            edit.insert('intervention_cause', { id: newId(), engagementId, interventionId, causeId: causeIds.get(key)! });
          for (const m of measures) addMeasure(m, { outcomeId: null, interventionId });
        });
        demoBenefits.forEach(({ measure, ...b }, order) =>
          edit.insert('benefit', {
            ...b,
            id: newId(),
            engagementId,
            order,
            measureId: measure ? (measureIds.get(measure) ?? null) : null,
          }),
        );
        for (const { intervention, ...c } of demoCosts)
          edit.insert('cost', {
            ...c,
            id: newId(),
            engagementId,
            interventionId: intervention ? interventionIds.get(intervention)! : null,
          });
        demoIntangibles.forEach((i, order) => edit.insert('intangible', { ...i, id: newId(), engagementId, order }));
        const ids = { engagementId, newId, audienceIds, behaviourIds, causeIds, interventionIds, measureIds };
        writeDemoCapabilities(edit, ids);
        writeDemoCulture(edit, ids);
      },
      { undoable: false },
    );
    return store.summary(engagementId)!;
  });
}
