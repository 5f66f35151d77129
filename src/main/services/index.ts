import type { ProcedureName, ProcedureParsedInput, ProcedureOutput } from '../../shared/api';
import type { Store } from '../db/store';
import { createEngagement, deleteEngagement, duplicateEngagement, openEngagement, setArchived, updateEngagement } from './engagements';
import { openDemo } from './demo';
import { redo, undo } from './history';
import { createOutcome, deleteOutcome, updateOutcome } from './outcomes';
import * as performance from './performance';
import * as causes from './causes';
import * as interventions from './interventions';
import * as measures from './measures';
import * as map from './map';
import * as evaluation from './evaluation';
import * as drivers from './drivers';
import * as capabilities from './capabilities';
import * as assessmentImport from './assessmentImport';
import * as culture from './culture';
import { importCultureCsv, previewCultureCsv } from './cultureCsv';
import { exportEngagement, importEngagement } from './exchange';
import { exportCsv, renderPdf, renderPptx } from './reports';
import { acceptProposal, answerQuestion, dismissProposal } from './quickPath';
import { addFrameworkFromTemplate, createFromTemplate, deleteTemplate, listTemplates, saveTemplate } from './templates';

export type AppInfo = ProcedureOutput<'app.info'>;

/** What the services need from the app around them: its facts, and backups (which reopen the library). */
export type System = {
  info(): AppInfo;
  backups(): ProcedureOutput<'backup.list'>;
  backupNow(): ProcedureOutput<'backup.create'>;
  restore(name: string): ProcedureOutput<'backup.restore'>;
};

/** Parsed input in, plain data out: one function per procedure of the contract. */
export type Services = {
  [P in ProcedureName]: (input: ProcedureParsedInput<P>) => ProcedureOutput<P> | Promise<ProcedureOutput<P>>;
};

/** In recovery the store is null: only app.info and the backup procedures are reachable then. */
export function createServices(maybeStore: Store | null, system: System): Services {
  const store = maybeStore as Store;
  return {
    'app.info': () => system.info(),
    'backup.list': () => system.backups(),
    'backup.create': () => system.backupNow(),
    'backup.restore': ({ name }) => system.restore(name),
    'engagement.list': ({ includeArchived }) => store.listEngagements(includeArchived),
    'engagement.create': (fields) => createEngagement(store, fields),
    'engagement.open': ({ id }) => openEngagement(store, id),
    'engagement.update': ({ id, patch }) => updateEngagement(store, id, patch),
    'engagement.duplicate': ({ id }) => duplicateEngagement(store, id),
    'engagement.setArchived': ({ id, archived }) => setArchived(store, id, archived),
    'engagement.delete': ({ id }) => deleteEngagement(store, id),
    'engagement.createFromTemplate': (input) => createFromTemplate(store, input),
    'demo.open': () => openDemo(store),
    'template.list': () => listTemplates(store),
    'template.save': (input) => saveTemplate(store, input),
    'template.delete': ({ id }) => deleteTemplate(store, id),
    'outcome.create': ({ engagementId, fields }) => createOutcome(store, engagementId, fields),
    'outcome.update': ({ id, patch }) => updateOutcome(store, id, patch),
    'outcome.delete': ({ id }) => deleteOutcome(store, id),
    'audience.create': ({ engagementId, fields }) => performance.createAudience(store, engagementId, fields ?? {}),
    'audience.update': ({ id, patch }) => performance.updateAudience(store, id, patch),
    'audience.delete': ({ id }) => performance.deleteAudience(store, id),
    'behaviour.create': ({ outcomeId, fields }) => performance.createBehaviour(store, outcomeId, fields ?? {}),
    'behaviour.update': ({ id, patch }) => performance.updateBehaviour(store, id, patch),
    'behaviour.delete': ({ id }) => performance.deleteBehaviour(store, id),
    'engagement.setWeightScale': ({ id, weightScale }) => causes.setWeightScale(store, id, weightScale),
    'cause.create': ({ behaviourId, fields }) => causes.createCause(store, behaviourId, fields),
    'cause.update': ({ id, patch }) => causes.updateCause(store, id, patch),
    'cause.delete': ({ id }) => causes.deleteCause(store, id),
    'evidence.create': ({ causeId, fields }) => causes.createEvidence(store, causeId, fields),
    'evidence.update': ({ id, patch }) => causes.updateEvidence(store, id, patch),
    'evidence.delete': ({ id }) => causes.deleteEvidence(store, id),
    'quickPath.answer': ({ behaviourId, questionId, answer }) => answerQuestion(store, behaviourId, questionId, answer),
    'quickPath.accept': ({ behaviourId, key }) => acceptProposal(store, behaviourId, key),
    'quickPath.dismiss': ({ behaviourId, key }) => dismissProposal(store, behaviourId, key),
    'intervention.create': ({ engagementId, fields, causeIds }) => interventions.createIntervention(store, engagementId, fields, causeIds),
    'intervention.update': ({ id, patch }) => interventions.updateIntervention(store, id, patch),
    'intervention.delete': ({ id }) => interventions.deleteIntervention(store, id),
    'intervention.link': ({ interventionId, causeId }) => interventions.linkCause(store, interventionId, causeId),
    'intervention.unlink': ({ interventionId, causeId }) => interventions.unlinkCause(store, interventionId, causeId),
    'measure.create': ({ engagementId, outcomeId, interventionId, fields }) =>
      measures.createMeasure(store, engagementId, { outcomeId, interventionId }, fields),
    'measure.update': ({ id, patch }) => measures.updateMeasure(store, id, patch),
    'measure.delete': ({ id }) => measures.deleteMeasure(store, id),
    'map.connect': ({ engagementId, source, target }) => map.connect(store, engagementId, source, target),
    'map.disconnect': ({ engagementId, source, target }) => map.disconnect(store, engagementId, source, target),
    'map.move': ({ engagementId, positions }) => map.moveNodes(store, engagementId, positions),
    'map.tidy': ({ engagementId }) => map.tidyUp(store, engagementId),
    'observation.list': ({ measureId }) => evaluation.listObservations(store, measureId),
    'observation.create': ({ measureId, observation }) => evaluation.addObservation(store, measureId, observation),
    'observation.update': ({ id, patch }) => evaluation.updateObservation(store, id, patch),
    'observation.delete': ({ id }) => evaluation.deleteObservation(store, id),
    'observation.previewCsv': ({ measureId, csv, mapping }) => evaluation.previewObservations(store, measureId, csv, mapping),
    'observation.importCsv': ({ measureId, csv, mapping, skipInvalid }) =>
      evaluation.importObservations(store, measureId, csv, mapping, skipInvalid),
    'benefit.create': ({ engagementId, fields }) => evaluation.createBenefit(store, engagementId, fields),
    'benefit.update': ({ id, patch }) => evaluation.updateBenefit(store, id, patch),
    'benefit.delete': ({ id }) => evaluation.deleteBenefit(store, id),
    'cost.create': ({ engagementId, fields }) => evaluation.createCost(store, engagementId, fields),
    'cost.update': ({ id, patch }) => evaluation.updateCost(store, id, patch),
    'cost.delete': ({ id }) => evaluation.deleteCost(store, id),
    'intangible.create': ({ engagementId, fields }) => evaluation.createIntangible(store, engagementId, fields),
    'intangible.update': ({ id, patch }) => evaluation.updateIntangible(store, id, patch),
    'intangible.delete': ({ id }) => evaluation.deleteIntangible(store, id),
    'driver.create': ({ behaviourId, fields }) => drivers.createDriver(store, behaviourId, fields),
    'driver.update': ({ id, patch }) => drivers.updateDriver(store, id, patch),
    'driver.delete': ({ id }) => drivers.deleteDriver(store, id),
    'capability.create': ({ engagementId, fields }) => capabilities.createCapability(store, engagementId, fields),
    'capability.update': ({ id, patch }) => capabilities.updateCapability(store, id, patch),
    'capability.delete': ({ id }) => capabilities.deleteCapability(store, id),
    'capability.addFromTemplate': ({ engagementId, templateId, roles }) => addFrameworkFromTemplate(store, engagementId, templateId, roles),
    'requirement.create': ({ capabilityId, audienceId, fields }) => capabilities.createRequirement(store, capabilityId, audienceId, fields),
    'requirement.update': ({ id, patch }) => capabilities.updateRequirement(store, id, patch),
    'requirement.delete': ({ id }) => capabilities.deleteRequirement(store, id),
    'assessment.add': ({ engagementId, rows }) =>
      capabilities.addAssessments(store, engagementId, rows, rows.length === 1 ? 'Add assessment' : `Add ${rows.length} assessments`),
    'assessment.delete': ({ engagementId, ids }) =>
      capabilities.deleteAssessments(store, engagementId, ids, ids.length === 1 ? 'Delete assessment' : `Delete ${ids.length} assessments`),
    'assessment.preview': ({ engagementId, csv, mapping }) => assessmentImport.previewAssessments(store, engagementId, csv, mapping),
    'assessment.import': (input) => assessmentImport.importAssessments(store, input),
    'assessment.deleteRound': ({ engagementId, measureId }) => assessmentImport.deleteAssessmentRound(store, engagementId, measureId),
    'learningNeed.create': ({ engagementId, fields }) => capabilities.createLearningNeed(store, engagementId, fields),
    'learningNeed.update': ({ id, patch }) => capabilities.updateLearningNeed(store, id, patch),
    'learningNeed.delete': ({ id }) => capabilities.deleteLearningNeed(store, id),
    'cultureCheck.create': ({ engagementId, fields }) => culture.createCultureCheck(store, engagementId, fields),
    'cultureCheck.update': ({ id, patch }) => culture.updateCultureCheck(store, id, patch),
    'cultureCheck.delete': ({ id }) => culture.deleteCultureCheck(store, id),
    'cultureResponse.add': ({ checkId, rows }) =>
      culture.addCultureResponses(
        store,
        checkId,
        rows,
        rows.length === 1 ? 'Add culture-check answers' : `Add ${rows.length} culture-check answers`,
      ),
    'cultureResponse.preview': ({ checkId, csv, mapping }) => previewCultureCsv(store, checkId, csv, mapping),
    'cultureResponse.import': ({ checkId, csv, mapping, skipInvalid }) => importCultureCsv(store, checkId, csv, mapping, skipInvalid),
    'cultureResponse.update': ({ id, fields }) => culture.updateCultureResponse(store, id, fields),
    'cultureResponse.delete': ({ id }) => culture.deleteCultureResponse(store, id),
    'export.causeway': ({ id, clientSafe }) => exportEngagement(store, id, clientSafe),
    'import.causeway': ({ content }) => importEngagement(store, content),
    'export.csv': ({ id, table, clientSafe }) => exportCsv(store, id, table, clientSafe),
    'report.pdf': ({ id, kind, clientSafe }) => renderPdf(store, id, kind, clientSafe),
    'report.pptx': ({ id, clientSafe }) => renderPptx(store, id, clientSafe),
    'workshop.acceptVotes': ({ behaviourId }) => causes.acceptVotes(store, behaviourId),
    'history.undo': ({ engagementId }) => undo(store, engagementId),
    'history.redo': ({ engagementId }) => redo(store, engagementId),
  };
}
