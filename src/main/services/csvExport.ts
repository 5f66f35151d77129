import { bemCellInfo } from '../../shared/content';
import { assessmentsCsv } from './assessmentsCsv';
import {
  bucketLabels,
  cellBucket,
  developmentPlanHeader,
  developmentPlanRows,
  evidenceStateLabels,
  hasCostLines,
  interventionCost,
  interventionKindLabels,
  interventionStatusLabels,
  leverNames,
  scoreCheck,
  toCsv,
  type CsvTable,
  type Snapshot,
} from '../../shared/domain';

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** The engagement's data as one CSV per kind of record, in the users' words; client-safe leaves out person-level plans and rolls person-level assessments up. */
export function engagementCsv(s: Snapshot, table: CsvTable, options: { clientSafe: boolean } = { clientSafe: false }): string {
  const behaviour = (id: string) => s.behaviours.find((b) => b.id === id)?.text ?? '';
  const cause = (id: string) => s.causes.find((c) => c.id === id)?.text ?? '';
  const outcome = (id: string | null) => s.outcomes.find((o) => o.id === id)?.kpiName ?? '';
  const intervention = (id: string | null) => s.interventions.find((i) => i.id === id)?.name ?? '';
  const measure = (id: string) => s.measures.find((m) => m.id === id)?.name ?? '';
  switch (table) {
    case 'behaviours':
      return toCsv([
        ['Outcome', 'Audience', 'Behaviour', 'Desired', 'Actual', 'Impact', 'Gap', 'Priority', 'Parked'],
        ...s.behaviours.map((b) => [
          outcome(b.outcomeId),
          s.audiences.find((a) => a.id === b.audienceId)?.role ?? '',
          b.text,
          b.desired,
          b.actual,
          b.impact,
          b.gapSize,
          b.impact * b.gapSize,
          b.parked ? 'yes' : 'no',
        ]),
      ]);
    case 'causes':
      return toCsv([
        ['Behaviour', 'Cause', 'Cell', 'Bucket', 'Weight', 'Evidence state', 'Raised by', 'Evidence items'],
        ...s.causes.map((c) => [
          behaviour(c.behaviourId),
          c.text,
          bemCellInfo[c.cell].name,
          bucketLabels[cellBucket(c.cell)],
          c.weight,
          evidenceStateLabels[c.evidenceState],
          c.raisedBy,
          s.evidence.filter((e) => e.causeId === c.id).length,
        ]),
      ]);
    case 'evidence':
      return toCsv([
        ['Cause', 'Source', 'Date', 'Strength', 'Note', 'Person', 'Confidential'],
        ...s.evidence.map((e) => [cause(e.causeId), e.source, e.date, e.strength, e.note, e.person, e.confidential ? 'yes' : 'no']),
      ]);
    case 'interventions':
      return toCsv([
        ['Intervention', 'Type', 'Status', 'Owner', 'Cost', 'Effort', 'Start', 'End', 'Causes addressed', 'Expected effect'],
        ...s.interventions.map((i) => [
          i.name,
          interventionKindLabels[i.kind],
          interventionStatusLabels[i.status],
          i.owner,
          hasCostLines(i.id, s.costs) ? interventionCost(i.id, s.costs) : null,
          i.effort,
          i.startDate,
          i.endDate,
          s.links
            .filter((l) => l.interventionId === i.id)
            .map((l) => cause(l.causeId))
            .join('; '),
          i.expectedEffect,
        ]),
      ]);
    case 'measures':
      return toCsv([
        [
          'Measure',
          'Attached to',
          'Level',
          'LTEM tier',
          'Leading',
          'Method',
          'Unit',
          'Baseline',
          'Target',
          'Timing',
          'Data source',
          'Owner',
        ],
        ...s.measures.map((m) => [
          m.name,
          m.outcomeId ? outcome(m.outcomeId) : intervention(m.interventionId),
          m.level,
          m.ltemTier,
          m.leading ? 'yes' : 'no',
          m.method,
          m.unit,
          m.baseline,
          m.target,
          m.timing,
          m.dataSource,
          m.owner,
        ]),
      ]);
    case 'observations':
      return toCsv([
        ['Measure', 'Date', 'Value', 'Cohort'],
        ...s.observations.map((o) => [measure(o.measureId), o.date, o.value, o.cohort]),
      ]);
    case 'costs':
      return toCsv([
        ['Category', 'Item', 'Amount', 'Intervention'],
        ...s.costs.map((c) => [c.category, c.description, c.amount, intervention(c.interventionId)]),
      ]);
    case 'developmentPlans':
      return toCsv([developmentPlanHeader, ...developmentPlanRows(s, { people: !options.clientSafe })]);
    case 'assessments':
      return assessmentsCsv(s, options.clientSafe);
    case 'leverScores':
      return toCsv([
        ['Check', 'Held on', 'Lever', 'Group', 'Mean', 'Spread', 'Respondents', 'Target', 'Under target', 'Few respondents'],
        ...s.cultureChecks.flatMap((check) => {
          const scores = scoreCheck(check, s.cultureResponses);
          // Per lever: everyone first, then each group; never a respondent.
          return scores.levers.flatMap((all) =>
            [all, ...scores.byGroup.filter((g) => g.lever === all.lever)].map((x) => [
              check.name,
              check.heldOn,
              leverNames[x.lever],
              x.group ?? 'Everyone',
              round2(x.mean),
              round2(x.spread),
              x.respondents,
              x.target,
              x.underTarget ? 'yes' : 'no',
              x.lowResponse ? 'yes' : 'no',
            ]),
          );
        }),
      ]);
  }
}
