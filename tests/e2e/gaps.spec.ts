import type { Page } from '@playwright/test';
import {
  capabilityGaps,
  formatLevel,
  gapHeatmap,
  gapMovement,
  rankedGaps,
  type AssessmentFields,
  type GapCell,
  type OpenEngagement,
} from '../../src/shared/domain';
import { api, expect, openApp, shot, test, type Host } from './fixtures';

/** The demo's framework; on a branch whose demo has none yet, a small one is made through the API first. */
async function demoWithFramework(page: Page): Promise<OpenEngagement> {
  const id = page.url().split('/engagement/')[1].split('/')[0];
  let detail = await api(page, 'engagement.open', { id });
  if (detail.requirements.length > 0) return detail;
  const [agents, leaders] = detail.audiences;
  const capability = async (name: string, kind: 'skill' | 'knowledge', behaviourIds: string[]) =>
    (await api(page, 'capability.create', { engagementId: id, fields: { name, kind, behaviourIds } })).id!;
  const billing = await capability('Billing-dispute resolution', 'skill', [detail.behaviours[0].id]);
  const policy = await capability('Credit and refund policy', 'knowledge', []);
  const coaching = await capability('Coaching conversation', 'skill', []);
  await api(page, 'requirement.create', { capabilityId: billing, audienceId: agents.id, fields: { required: 3, importance: 5 } });
  await api(page, 'requirement.create', {
    capabilityId: policy,
    audienceId: agents.id,
    fields: { required: 3, importance: 3, typical: 2.5, low: 2, high: 3 },
  });
  await api(page, 'requirement.create', { capabilityId: coaching, audienceId: leaders.id, fields: { required: 3, importance: 4 } });
  const rows: AssessmentFields[] = [];
  for (let i = 1; i <= 20; i++) {
    const person = `P-${String(i).padStart(3, '0')}`;
    const row = { capabilityId: billing, audienceId: agents.id, person, date: '2026-02-10', measureId: null };
    rows.push({ ...row, level: i % 5, source: 'manager' });
    if (i % 2 === 0) rows.push({ ...row, level: Math.min(5, (i % 5) + 1), source: 'self' });
  }
  for (let i = 1; i <= 6; i++)
    rows.push({
      capabilityId: coaching,
      audienceId: leaders.id,
      person: `L-${i}`,
      level: 2 + (i % 3),
      source: 'test',
      date: '2026-02-11',
      measureId: null,
    });
  await api(page, 'assessment.add', { engagementId: id, rows });
  detail = await api(page, 'engagement.open', { id });
  return detail;
}

async function openGaps(page: Page, host: Host, id: string) {
  // A reload, so the renderer loads what the API wrote behind its back.
  await page.goto(`${host.origin}/#/engagement/${id}/capabilities`);
  await page.reload();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('radiogroup', { name: 'Capabilities view' }).getByText('Gap analysis').click();
  await expect(page.getByTestId('gap-heatmap')).toBeVisible();
}

const cellOf = (page: Page, testId: string, capability: string, role: string) =>
  page.getByTestId(testId).locator(`tr[data-capability="${capability}"] td[data-role="${role}"]`);

test('the gap analysis shows the domain’s gaps, the priority gaps, and the movement after a re-assessment', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const detail = await demoWithFramework(page);
  const id = detail.engagement.id;
  await openGaps(page, host, id);

  // Every cell of the heatmap says what the domain says, to one decimal.
  const heatmap = gapHeatmap(detail);
  const role = (i: number) => heatmap.roles[i].role;
  let assessed: { cell: GapCell; capability: string; role: string } | null = null;
  for (const row of heatmap.rows)
    for (const [i, cell] of row.cells.entries()) {
      const shown = cellOf(page, 'gap-heatmap', row.capability.name, role(i));
      if (cell === null) await expect(shown).toHaveAttribute('data-state', 'not-required');
      else if (cell.gap === null) await expect(shown).toHaveAttribute('data-state', 'none');
      else {
        await expect(shown.getByTestId('gap-value')).toHaveText(formatLevel(cell.gap));
        await expect(shown).toHaveAttribute('data-state', cell.basis);
        if (cell.basis === 'assessed' && (!assessed || cell.gap > assessed.cell.gap!))
          assessed = { cell, capability: row.capability.name, role: role(i) };
      }
    }
  expect(assessed, 'the demo has an assessed gap').not.toBeNull();
  await expect(page.getByTestId('gap-heatmap')).not.toContainText('P-0');

  // The priority gaps, first as the domain ranks them.
  const cells = capabilityGaps(detail.requirements, detail.assessments);
  const [first] = rankedGaps(cells, detail.capabilities, detail.behaviours);
  const firstName = `${detail.capabilities.find((c) => c.id === first.capabilityId)!.name} · ${detail.audiences.find((a) => a.id === first.audienceId)!.role}`;
  await expect(page.getByTestId('ranked-gap').first().getByTestId('ranked-name')).toHaveText(firstName);
  await expect(page.getByTestId('ranked-gap').first().getByTestId('ranked-score')).toHaveText(formatLevel(first.score));

  // The bullet chart of the largest assessed gap says how many people fall short, in words.
  await page.getByTestId('gaps-panel').getByLabel('Role', { exact: true }).selectOption({ label: assessed!.role });
  const below = assessed!.cell.distribution.slice(0, assessed!.cell.required).reduce((a, b) => a + b, 0);
  await expect(page.getByTestId('gap-bullet').filter({ hasText: assessed!.capability }).getByTestId('gap-share')).toHaveText(
    `${Math.round(assessed!.cell.shareBelow! * 100)}% below the required level (${below} of ${assessed!.cell.people} people)`,
  );

  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    // Every role heading and capability name fits its cell (nothing cut).
    for (const el of await page.getByTestId('gap-heatmap').locator('th').all())
      expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    // From the top, so the sticky engagement header sits where it belongs in the full-page picture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `gaps-${w}`);
  }

  // A re-assessment measure with assessments: the round chooser and the before/after heatmap appear.
  const measure = await api(page, 'measure.create', {
    engagementId: id,
    fields: { name: 'Capability re-assessment', level: 2, method: 'test' },
  });
  const [, audienceId] = [assessed!.cell.capabilityId, assessed!.cell.audienceId];
  const people = [
    ...new Set(
      detail.assessments.filter((a) => a.capabilityId === assessed!.cell.capabilityId && a.audienceId === audienceId).map((a) => a.person),
    ),
  ];
  const again: AssessmentFields[] = people.slice(0, 10).map((person) => ({
    capabilityId: assessed!.cell.capabilityId,
    audienceId,
    person,
    level: assessed!.cell.required,
    source: 'test',
    date: '2026-06-01',
    measureId: measure.id!,
  }));
  await api(page, 'assessment.add', { engagementId: id, rows: again });
  const after = await api(page, 'engagement.open', { id });
  await openGaps(page, host, id);
  await expect(page.getByRole('radiogroup', { name: 'Assessment round' })).toContainText('Capability re-assessment (10)');
  const move = gapMovement(after.requirements, after.assessments, null, measure.id!).find(
    (m) => m.capabilityId === assessed!.cell.capabilityId && m.audienceId === audienceId,
  )!;
  // Everyone re-assessed now meets the level: the gap after is 0.0 and the cell says by how much it narrowed.
  expect(move.after.gap).toBe(0);
  const moved = cellOf(page, 'gap-movement', assessed!.capability, assessed!.role);
  await expect(moved.getByTestId('gap-value')).toHaveText('0.0');
  await expect(moved).toContainText(`${formatLevel(move.before.gap)} →`);
  await expect(moved).toContainText(`narrowed ${formatLevel(-move.change!)}`);
  // Choosing the re-assessment round shows its gaps in the main heatmap.
  await page.getByRole('radiogroup', { name: 'Assessment round' }).getByText('Capability re-assessment (10)').click();
  await expect(cellOf(page, 'gap-heatmap', assessed!.capability, assessed!.role).getByTestId('gap-value')).toHaveText('0.0');
  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `gaps-before-after-${w}`);
  }
});
