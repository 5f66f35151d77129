import { describe, expect, it } from 'vitest';
import { catalogueEntryByKey, catalogueFields, pickedIntervention } from '../../src/shared/content';
import {
  addressedCells,
  fitWarnings,
  interventionCredit,
  notAddressedLabel,
  rankInterventions,
  type Behaviour,
  type BemCell,
  type Cause,
  type Intervention,
  type InterventionLink,
} from '../../src/shared/domain';

const behaviour = (id: string, impact = 3, gapSize = 3) =>
  ({ id, impact, gapSize, parked: false, text: `do ${id}` }) as unknown as Behaviour;
const cause = (id: string, cell: BemCell, weight = 3, behaviourId = 'b') =>
  ({ id, behaviourId, cell, weight, evidenceState: 'supported', text: `cause ${id}` }) as unknown as Cause;
const intervention = (id: string, kind: Intervention['kind'], cells: BemCell[] | null = null, effort = 1) =>
  ({ id, name: id, kind, cells, effort, status: 'proposed' }) as unknown as Intervention;
const link = (interventionId: string, causeId: string) => ({ interventionId, causeId }) as InterventionLink;

describe('fitted credit: an intervention is credited for a cause only when it fits the cause’s cell', () => {
  // The published-style case: two environmental causes (no incentives; a reporting system that does
  // not track the behaviour) and a training course linked to both.
  const behaviours = [behaviour('b')];
  const causes = [cause('incentives', 3), cause('reporting', 2)];
  const training = intervention('Sales training', 'training');
  const incentives = intervention('Incentive realignment', 'incentives', null, 3);
  const g = {
    behaviours,
    causes,
    links: [link(training.id, 'incentives'), link(training.id, 'reporting'), link(incentives.id, 'incentives')],
  };

  it('credits the training with nothing, ranks it last and never as a quick win', () => {
    expect(interventionCredit(training, g).share).toBe(0);
    expect(interventionCredit(training, g).notAddressedShare).toBe(1);
    const ranked = rankInterventions([training, incentives], g);
    expect(ranked.map((r) => [r.item.id, r.impact])).toEqual([
      ['Incentive realignment', 0.5],
      ['Sales training', 0],
    ]);
    expect(ranked.find((r) => r.item.id === training.id)!.quickWin).toBe(false);
  });

  it('says on every link it does not fit, and what training cannot fix', () => {
    const warnings = fitWarnings(training, g);
    expect(warnings.filter((w) => w.includes(notAddressedLabel))).toHaveLength(2);
    expect(warnings).toContain(
      'Training won’t fix this: none of the weighted causes of “do b” is a learning gap; all of them are process/environment or individual fit, which no course fixes.',
    );
  });

  it('credits a catalogue entry for every cell it lists (a job aid helps resources and skills)', () => {
    const jobAid = { ...intervention('aid', 'resources'), ...catalogueFields(catalogueEntryByKey.get('job-aid')!) };
    expect(addressedCells(jobAid)).toEqual(expect.arrayContaining([2, 4]));
    const mixed = {
      behaviours,
      causes: [cause('tool', 2, 2), cause('skill', 4, 2), cause('money', 3, 4)],
      links: [] as InterventionLink[],
    };
    mixed.links = [link(jobAid.id, 'tool'), link(jobAid.id, 'skill'), link(jobAid.id, 'money')];
    const credit = interventionCredit(jobAid, mixed);
    expect(credit.share).toBeCloseTo(0.5);
    expect(credit.notAddressedShare).toBeCloseTo(0.5);
    expect(credit.causes.map((c) => c.fits)).toEqual([true, true, false]);
  });

  it('gives a free-text intervention the cell of the cause it was written for, and none without one', () => {
    expect(pickedIntervention({ name: 'Fix the CRM report' }, 2).cells).toEqual([2]);
    const orphan = { ...intervention('x', 'other'), ...pickedIntervention({ name: 'Something' }, null) };
    expect(addressedCells(orphan)).toEqual([]);
    expect(fitWarnings(orphan, g)[0]).toContain('say what it addresses');
  });

  it('a quick win needs effort 1-2, at least 5% of the gap, and more fitted than unfitted links', () => {
    const causes2 = [cause('a', 1, 1), cause('big', 3, 5)];
    const clear = intervention('clear standards', 'information', null, 1);
    const g2 = { behaviours, causes: causes2, links: [link('clear standards', 'a'), link('clear standards', 'big')] };
    expect(rankInterventions([clear], g2)[0].quickWin).toBe(false); // 1/6 fitted, 5/6 not
    g2.links = [link('clear standards', 'a')];
    expect(rankInterventions([clear], g2)[0].quickWin).toBe(true);
    expect(rankInterventions([{ ...clear, effort: 3 }], g2)[0].quickWin).toBe(false);
  });
});
