import { api, choose, expect, openApp, shot, test } from './fixtures';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

test('capabilities stand between behaviours and causes on the map, and a behaviour links to one from the keyboard', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  // The demo's own framework (CONTENT.md section 10).
  const { capabilities } = await api(page, 'engagement.open', { id: demo.id });
  const billing = capabilities.find((c) => c.name === 'Billing-dispute resolution in the billing system')!.id;
  const coaching = capabilities.find((c) => c.name === 'Coaching conversation')!.id;
  await page.goto(`${host.origin}/#/engagement/${demo.id}/map`);
  await expect(page.locator('body[data-map="ready"]')).toBeAttached();

  // The billing capability, between the behaviour that depends on it and the learning cause that explains it.
  const node = page.locator(`[data-node-key="capability:${billing}"]`);
  await expect(node).toContainText('Capability · Skill');
  await expect(node).toContainText(/gap \d\.\d · frontline agents/);
  const behaviour = page.locator('[data-node-key^="behaviour:"]', { hasText: 'resolve billing disputes' });
  const cause = page.locator('[data-node-key^="cause:"]', { hasText: 'New agents get no practice' });
  const [b, c, k] = await Promise.all([behaviour.boundingBox(), node.boundingBox(), cause.boundingBox()]);
  expect(b!.x + b!.width).toBeLessThan(c!.x);
  expect(c!.x + c!.width).toBeLessThan(k!.x);
  await node.click();
  await expect(page.getByTestId('read-back')).toContainText(
    'For frontline agents to resolve billing disputes on the first call, they need Billing-dispute resolution in the billing system (skill); “New agents get no practice',
  );
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expect(node).toBeVisible();
    await shot(page, `capability-map-${size.width}`);
  }
  // Up the capability column from the keyboard: the map centres on it, close enough to read.
  await node.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-node-key]:focus')).toHaveAttribute('data-node-key', /^capability:/);
  await shot(page, 'capability-map-close');

  // A process cause is not offered a capability: it cannot explain a capability gap.
  await page.locator('[data-node-key^="cause:"]', { hasText: 'Agents may not issue credits' }).click();
  const panel = page.getByTestId('node-panel');
  await panel.getByRole('combobox', { name: 'Link this cause to…', exact: true }).click();
  await expect(page.getByRole('option', { name: /^Intervention:/ }).first()).toBeVisible();
  await expect(page.getByRole('option', { name: /^Capability:/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Keyboard: focus a behaviour, open it with Enter, link it to a capability from the panel.
  const kb = page.locator('[data-node-key^="behaviour:"]', { hasText: 'check the knowledge base' });
  const kbKey = (await kb.getAttribute('data-node-key'))!;
  await kb.focus();
  await page.keyboard.press('Enter');
  await choose(page, panel, 'Link this behaviour to…', 'Capability: Coaching conversation');
  await expect
    .poll(async () => (await api(page, 'engagement.open', { id: demo.id })).capabilities.find((x) => x.id === coaching)!.behaviourIds)
    .toContain(kbKey.split(':')[1]);
  await expect(page.locator(`.react-flow__edge[data-id="${kbKey}->capability:${coaching}"]`)).toBeAttached();
  await shot(page, 'capability-map-linked');

  // The map's help says which links reach a capability and why a process cause cannot.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.getByTestId('capability-rules')).toContainText('Only a cause in cell 4');
  await shot(page, 'capability-map-help');
});
