import type { Page } from '@playwright/test';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { api, expect, openApp, shot, shots, startHost, stopHost, test } from './fixtures';

/**
 * Every screen at projector sizes and at 200% zoom: no two controls or headings drawn over each
 * other, no text cut off without an ellipsis and the full text on hover, nothing off-screen sideways.
 * 200% zoom of a 1280x800 screen is emulated as Chromium lays it out: a 640x400 CSS-pixel viewport
 * with every CSS pixel drawn as 2x2 device pixels (what page zoom does to layout and media queries).
 */
const sizes = [
  { name: '1024x768', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
  { name: '1280x720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '1440x900', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  { name: 'zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

const steps = [
  ['outcome', 'Outcome'],
  ['performance', 'Performance'],
  ['causes', 'Causes'],
  ['capabilities', 'Capabilities'],
  ['interventions', 'Interventions'],
  ['evaluation', 'Evaluation'],
  ['report', 'Report'],
  ['map', 'Map'],
] as const;

const views: Partial<Record<(typeof steps)[number][0], [string, RegExp][]>> = {
  causes: [['quick', /^Quick path$/]],
  interventions: [
    ['plan', /^All interventions/],
    ['rank', /^Impact × effort$/],
  ],
  evaluation: [
    ['levels', /^Results by level$/],
    ['drivers', /^Required drivers$/],
    ['roi', /^Benefits, costs & ROI$/],
  ],
};

// Long enough to overflow the header at every size: it must truncate, not push the controls away.
const longName = 'First-contact resolution for billing disputes across every contact centre site, 2026 programme';
const longClient = 'Northwind Energy Customer Operations — Leeds, Cardiff and Glasgow contact centres';

type Problem = string;

/** All checks for one screen, inside the page in one go; answers with what is wrong, in words. */
function layoutProblems(page: Page, scope: string | null) {
  return page.evaluate((scope) => {
    const root: Element = (scope && document.querySelector(scope)) || document.body;
    // The map's nodes and edges live on a pannable canvas, and a chart's marks are drawn by the chart.
    const ignored = '.react-flow__viewport, .react-flow__edgelabel-renderer, .recharts-wrapper, svg';
    const interactive =
      'button, a[href], input, select, textarea, [role=button], [role=tab], [role=switch], [role=checkbox], [role=radio], [role=combobox], [role=menuitem], [role=slider], h1, h2, h3, h4, h5, h6, [role=heading]';
    const vw = document.documentElement.clientWidth;

    const shown = (el: Element) => {
      if (el.closest(ignored)) return false;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) return false;
      const style = getComputedStyle(el);
      return style.clip === 'auto' || style.clip === '' ? true : false;
    };
    const describe = (el: Element) => {
      const name = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || '').trim().replace(/\s+/g, ' ');
      const role = el.getAttribute('role');
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}${role ? `[${role}]` : ''} "${name.slice(0, 50)}" @${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    };
    /** The part of an element that can be seen, after every ancestor that clips it. */
    const visibleRect = (el: Element) => {
      const r = el.getBoundingClientRect();
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (s.overflowX !== 'visible') [left, right] = [Math.max(left, c.left), Math.min(right, c.right)];
        if (s.overflowY !== 'visible') [top, bottom] = [Math.max(top, c.top), Math.min(bottom, c.bottom)];
      }
      return { left, top, right, bottom };
    };
    const problems: string[] = [];

    // The page never scrolls sideways.
    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${vw} px window`);

    // No two controls, headings or badges overlap, unless one is inside the other.
    /** A control in an input's own left or right section, such as a select's clear button. */
    const ownSection = (inner: Element, input: Element) => !!inner.closest('[data-position]')?.parentElement?.contains(input);
    const items = [...root.querySelectorAll(`${interactive}, .mantine-Badge-root`)]
      .filter(shown)
      .map((el) => ({ el, r: visibleRect(el) }))
      .filter(({ r }) => r.right - r.left > 1 && r.bottom - r.top > 1);
    for (let i = 0; i < items.length; i++) {
      const a = items[i];
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j];
        if (a.el.contains(b.el) || b.el.contains(a.el) || ownSection(a.el, b.el) || ownSection(b.el, a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) problems.push(`overlap: ${describe(a.el)} and ${describe(b.el)}`);
      }
    }

    // Every control can be reached without scrolling sideways (scrolling inside a scroll box is fine).
    const scrollsSideways = (el: Element) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a).overflowX;
        if ((s === 'auto' || s === 'scroll') && a.scrollWidth > a.clientWidth) return true;
      }
      return false;
    };
    for (const { el } of items) {
      const r = el.getBoundingClientRect();
      if ((r.left < -1 || r.right > vw + 1) && !scrollsSideways(el)) problems.push(`off-screen sideways: ${describe(el)}`);
    }

    // Text is never cut off, unless it ends in an ellipsis and the full text is on hover.
    const labelled = (el: Element, text: string) => {
      const holder = el.closest('[title], [aria-label]');
      const full = holder?.getAttribute('title') || holder?.getAttribute('aria-label') || '';
      return full.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' '));
    };
    const seen = new Set<Element>();
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('input, textarea, select, [contenteditable=true]')) continue;
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
      let box: Element | null = el;
      while (box && getComputedStyle(box).display.startsWith('inline') && getComputedStyle(box).display !== 'inline-block')
        box = box.parentElement;
      if (!box || seen.has(box) || !shown(box)) continue;
      seen.add(box);
      const style = getComputedStyle(box);
      const text = (box.textContent ?? '').trim();
      const wide = box.scrollWidth > box.clientWidth + 1;
      const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '' && box.scrollHeight > box.clientHeight + 1;
      // Text that does not wrap must stay inside the control it labels.
      const control = box.closest('button, a[href], [role=button], [role=tab]');
      if (control && control !== box) {
        const [t, c] = [box.getBoundingClientRect(), control.getBoundingClientRect()];
        if (t.right > c.right + 1 || t.left < c.left - 1)
          problems.push(`text spills out of its control: ${describe(box)} in ${describe(control)}`);
      }
      if (!wide && !clamped) continue;
      const ellipsis = style.textOverflow === 'ellipsis';
      if (!ellipsis) problems.push(`text cut off: ${describe(box)} (${box.scrollWidth} px in ${box.clientWidth})`);
      else if (!labelled(box, text)) problems.push(`truncated without the full text on hover: ${describe(box)}`);
    }
    return problems;
  }, scope);
}

/** Checks one screen and saves its screenshot; the problems are gathered so one run shows them all. */
async function check(page: Page, problems: Problem[], name: string, size: string, scope: string | null = null) {
  await page.evaluate(() => (window.scrollTo(0, 0), document.fonts.ready));
  for (const problem of await layoutProblems(page, scope)) problems.push(`${name}: ${problem}`);
  await shot(page, `layout-${name}-${size}`);
}

/**
 * Diagnosing a behaviour keeps its verdict in view: the whole panel where the screen is tall, one
 * line (bar and sentence) where it is short, instead of ~210 px over the cells.
 */
async function verdictStaysInView(page: Page, size: string, short: boolean) {
  const panel = page.getByTestId('verdict-panel').filter({ hasText: 'Behaviour:' });
  const strip = page.getByTestId('verdict-strip');
  await expect(strip).toBeHidden();
  await page.getByRole('heading', { name: '6. Motives' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: '6. Motives' })).toBeInViewport();
  if (short) {
    await expect(strip).toBeVisible();
    await expect(strip).toContainText(await page.getByTestId('verdict-sentence').last().innerText());
    await expect(panel).not.toBeInViewport();
    const box = await strip.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(44);
  } else {
    await expect(strip).toBeHidden();
    await expect(panel).toBeInViewport();
  }
  await page.screenshot({ path: `${shots}/layout-causes-scrolled-${size}.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const size of sizes) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor, reducedMotion: 'reduce' });

    test(`every screen of the demo lays out without overlaps or cut text`, async ({ page, host }) => {
      test.setTimeout(120_000);
      const problems: Problem[] = [];
      await openApp(page, host);
      const demo = await api(page, 'demo.open', {});
      await api(page, 'engagement.update', { id: demo.id, patch: { name: longName, client: longClient, confidential: true } });

      await api(page, 'backup.create', {});
      await page.reload();
      await expect(page.getByTestId('engagement-row')).toContainText(longName);
      await check(page, problems, 'engagements', size.name);
      await page.getByRole('button', { name: 'Backups and library folder' }).click();
      await expect(page.getByTestId('backups')).toBeVisible();
      await check(page, problems, 'backups', size.name);

      for (const [step, title] of steps) {
        await page.goto(`${host.origin}/#/engagement/${demo.id}/${step}`);
        await expect(page.getByRole('heading', { name: title, exact: true, level: 2 })).toBeVisible();
        if (step === 'map') await expect(page.locator('body[data-map="ready"]')).toBeAttached();
        await expect(page.getByTestId('engagement-name')).toHaveText(longName);
        await check(page, problems, step, size.name);
        if (step === 'causes') await verdictStaysInView(page, size.name, size.viewport.height <= 800);
        // The other views of a step, each a screen of its own.
        for (const [view, label] of views[step] ?? []) {
          await page.getByText(label).click();
          await expect(page.getByRole('radio', { name: label })).toBeChecked();
          await check(page, problems, `${step}-${view}`, size.name);
        }
      }

      // Presenter view adds its badge to the header line.
      await page.goto(`${host.origin}/#/engagement/${demo.id}/outcome`);
      await page.keyboard.press('Control+Shift+P');
      await expect(page.getByTestId('presenter-badge')).toBeVisible();
      await check(page, problems, 'presenter', size.name);
      await page.keyboard.press('Control+Shift+P');
      await expect(page.getByTestId('presenter-badge')).toHaveCount(0);

      // The details dialog, over the outcome step.
      const details = page.getByRole('button', { name: 'Details' });
      if (!(await details.isVisible())) await page.getByRole('button', { name: 'More' }).click();
      await page
        .getByRole('button', { name: 'Details' })
        .or(page.getByRole('menuitem', { name: 'Details' }))
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(page, problems, 'details', size.name, '[role=dialog]');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.goto(`${host.origin}/#/engagement/${demo.id}/workshop`);
      await expect(page.getByTestId('workshop')).toBeVisible();
      await check(page, problems, 'workshop', size.name);

      expect(problems).toEqual([]);
    });
  });
}

test('the recovery screen lays out without overlaps or cut text at every size', async ({ page, host }) => {
  await openApp(page, host);
  await api(page, 'demo.open', {});
  await api(page, 'backup.create', {});
  await stopHost(host);
  // Damage the library while Causeway is closed, as recovery.spec does.
  const fd = openSync(join(host.dataDir, 'causeway.db'), 'r+');
  writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, 0);
  closeSync(fd);
  const again = await startHost(host.dataDir);
  try {
    await page.goto(again.url);
    await expect(page.locator('body[data-ready="recovery"]')).toBeAttached();
    const problems: Problem[] = [];
    // Page zoom changes only the CSS viewport, so 640x400 lays out as 200% of 1280x800.
    for (const size of sizes) {
      await page.setViewportSize(size.viewport);
      await expect(page.getByTestId('backups')).toBeVisible();
      await check(page, problems, 'recovery', size.name);
    }
    expect(problems).toEqual([]);
  } finally {
    await stopHost(again);
  }
});
