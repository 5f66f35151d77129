import { builtInTemplates, isBuiltInTemplateId } from '../../shared/content';
import {
  describeIssues,
  emptyIntervention,
  emptyMeasure,
  emptyOutcome,
  TEMPLATE_FORMAT,
  templateContent,
  templateFromEngagement,
  type EngagementFields,
  type TemplateContent,
  type TemplateSummary,
} from '../../shared/domain';
import type { Edit } from '../db/history';
import type { Store } from '../db/store';
import { catalogueCells } from './interventions';
import type { StoredTemplate } from '../db/templates';
import { createEngagement } from './engagements';
import { notFound, ServiceError } from './errors';

/**
 * Templates: the built-in skeletons (shared content) and the ones the user saved from an
 * engagement. Saved templates are library-wide, in no engagement, and not part of any undo
 * history: deleting one from the list (after a confirmation) is the way back.
 */

const damaged = 'Delete it, and save the engagement as a template again.';

/** A saved row's content, checked as strictly as a file from outside: a damaged row is reported, never thrown on. */
function readContent(text: string): { content: TemplateContent; problem: null } | { content: null; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { content: null, problem: `This saved template is damaged: its content cannot be read. ${damaged}` };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > TEMPLATE_FORMAT)
    return { content: null, problem: 'This template was saved by a newer version of Causeway. Update Causeway to use it.' };
  const checked = templateContent.safeParse(raw);
  if (!checked.success)
    return { content: null, problem: `This saved template is damaged (${describeIssues(checked.error.issues)}). ${damaged}` };
  return { content: checked.data, problem: null };
}

const savedSummary = (row: StoredTemplate): TemplateSummary => ({
  id: row.id,
  name: String(row.name),
  description: String(row.description ?? ''),
  builtIn: false,
  createdAt: row.createdAt,
  ...readContent(String(row.content)),
});

export function listTemplates(store: Store): TemplateSummary[] {
  const builtIn = builtInTemplates.map((t) => ({ ...t, builtIn: true, createdAt: null, problem: null }));
  return [...builtIn, ...store.templates.list().map(savedSummary)];
}

export function saveTemplate(store: Store, input: { engagementId: string; name: string; description: string }) {
  const detail = store.open(input.engagementId);
  if (!detail) throw notFound('engagement');
  const taken = listTemplates(store).find((t) => t.name.toLowerCase() === input.name.toLowerCase());
  if (taken)
    throw new ServiceError(
      'conflict',
      `A template called “${taken.name}” already exists. Choose another name${taken.builtIn ? '' : ', or delete the old template first'}. Nothing was saved.`,
    );
  const content = templateFromEngagement(detail);
  if (content.outcomes.length === 0 && content.behaviours.length === 0)
    throw new ServiceError(
      'invalid_input',
      'This engagement has nothing to save yet: add an outcome and its behaviours first. Nothing was saved.',
    );
  const checked = templateContent.safeParse(content);
  if (!checked.success)
    throw new ServiceError(
      'invalid_input',
      `This engagement cannot be saved as a template: ${describeIssues(checked.error.issues)} Nothing was saved.`,
    );
  const id = store.transaction(() => store.templates.insert({ name: input.name, description: input.description, content: checked.data }));
  return savedSummary(store.templates.find(id)!);
}

export function deleteTemplate(store: Store, id: string) {
  if (isBuiltInTemplateId(id)) throw new ServiceError('invalid_input', 'Built-in templates come with Causeway and cannot be deleted.');
  if (!store.transaction(() => store.templates.delete(id))) throw missingTemplate();
  return { deleted: true as const };
}

const missingTemplate = () =>
  new ServiceError('not_found', 'That template no longer exists: it may have been deleted. Choose another template. Nothing was changed.');

function findTemplate(store: Store, id: string): TemplateContent {
  const builtIn = builtInTemplates.find((t) => t.id === id);
  if (builtIn) return builtIn.content;
  const row = isBuiltInTemplateId(id) ? undefined : store.templates.find(id);
  if (!row) throw missingTemplate();
  const read = readContent(String(row.content));
  if (!read.content) throw new ServiceError('invalid_input', `${read.problem} Nothing was created.`);
  return read.content;
}

/** The capability framework: capabilities and their links, required levels by role, and the scale; no estimates yet. */
function writeFramework(
  edit: Edit,
  t: TemplateContent,
  engagementId: string,
  ids: Record<'behaviours' | 'causes' | 'capabilities' | 'audiences', string[]>,
) {
  t.capabilities.forEach(({ behaviours, causes, ...c }, order) =>
    edit.insert('capability', {
      ...c,
      id: ids.capabilities[order],
      engagementId,
      order,
      behaviourIds: behaviours.map((b) => ids.behaviours[b]),
      causeIds: causes.map((x) => ids.causes[x]),
    }),
  );
  for (const r of t.requirements)
    edit.insert('requirement', {
      id: crypto.randomUUID(),
      engagementId,
      capabilityId: ids.capabilities[r.capability],
      audienceId: ids.audiences[r.audience],
      required: r.required,
      importance: r.importance,
      typical: null,
      low: null,
      high: null,
    });
  if (t.scale) edit.update('engagement', engagementId, { capabilityScale: t.scale });
}

const sameName = (s: string) => s.trim().toLowerCase();

/**
 * A template's capability framework added to an engagement that already has its own roles and
 * behaviours: the capabilities it does not have yet (by name) and, for each template role, its
 * required levels given to the engagement's role chosen for it (`roles[i]`, null to leave them
 * out). The links to behaviours and causes are left to the consultant: the template's behaviours
 * are not this engagement's. The engagement's scale stays as it is. One undo step.
 */
export function addFrameworkFromTemplate(store: Store, engagementId: string, templateId: string, roles: (string | null)[]) {
  const detail = store.open(engagementId);
  if (!detail) throw notFound('engagement');
  const t = findTemplate(store, templateId);
  const refuse = (code: 'invalid_input' | 'conflict', message: string) => {
    throw new ServiceError(code, `${message} Nothing was changed.`);
  };
  if (t.capabilities.length === 0)
    refuse('invalid_input', 'That template has no capability framework: choose one that brings capabilities.');
  if (roles.length !== t.audiences.length)
    refuse('invalid_input', `That template has ${t.audiences.length} roles: choose a role of this engagement (or none) for each.`);
  const ours = new Set(detail.audiences.map((a) => a.id));
  if (roles.some((r) => r !== null && !ours.has(r)))
    refuse('invalid_input', 'A chosen role is not one of this engagement’s: choose again.');
  const held = new Set(detail.capabilities.map((c) => sameName(c.name)));
  const added = t.capabilities.flatMap((c, index) => (held.has(sameName(c.name)) ? [] : [{ c, index, id: crypto.randomUUID() }]));
  if (added.length === 0) refuse('conflict', 'This engagement already has every capability of that template (by name).');
  const idOf = new Map(added.map((a) => [a.index, a.id]));
  let order = store.nextOrder('capability', engagementId);
  return store.change(engagementId, `Add ${added.length} capabilities from a template`, (edit) => {
    for (const { c, id } of added)
      edit.insert('capability', {
        name: c.name,
        kind: c.kind,
        description: c.description,
        id,
        engagementId,
        order: order++,
        behaviourIds: [],
        causeIds: [],
      });
    for (const r of t.requirements) {
      const capabilityId = idOf.get(r.capability);
      const audienceId = roles[r.audience];
      if (capabilityId && audienceId)
        edit.insert('requirement', {
          id: crypto.randomUUID(),
          engagementId,
          capabilityId,
          audienceId,
          required: r.required,
          importance: r.importance,
          typical: null,
          low: null,
          high: null,
        });
    }
  });
}

/**
 * A new engagement with the template's records under fresh ids, written in one transaction.
 * Every cause starts as a hypothesis with the default weight; outcomes have no figures yet.
 */
export function createFromTemplate(store: Store, { templateId, ...fields }: EngagementFields & { templateId: string }) {
  const t = findTemplate(store, templateId);
  return store.transaction(() => {
    const summary = createEngagement(store, fields);
    const engagementId = summary.id;
    const fresh = (list: unknown[]) => list.map(() => crypto.randomUUID());
    const ids = {
      outcomes: fresh(t.outcomes),
      audiences: fresh(t.audiences),
      behaviours: fresh(t.behaviours),
      causes: fresh(t.causes),
      interventions: fresh(t.interventions),
      capabilities: fresh(t.capabilities),
    };
    // Part of creating the engagement, like its name: not a step the user can undo.
    store.edit(
      engagementId,
      'Start from a template',
      (edit) => {
        t.outcomes.forEach((o, order) => edit.insert('outcome', { ...emptyOutcome, ...o, id: ids.outcomes[order], engagementId, order }));
        t.audiences.forEach((a, order) =>
          edit.insert('audience', { role: a.role, headcount: null, id: ids.audiences[order], engagementId, order }),
        );
        t.behaviours.forEach((b, order) =>
          edit.insert('behaviour', {
            id: ids.behaviours[order],
            engagementId,
            order,
            outcomeId: ids.outcomes[b.outcome],
            audienceId: b.audience === null ? null : ids.audiences[b.audience],
            text: b.text,
            desired: b.desired,
            actual: b.actual,
          }),
        );
        t.causes.forEach((c, order) =>
          edit.insert('cause', {
            id: ids.causes[order],
            engagementId,
            order,
            behaviourId: ids.behaviours[c.behaviour],
            text: c.text,
            cell: c.cell,
            evidenceState: 'hypothesis',
          }),
        );
        t.drivers.forEach((d, order) =>
          edit.insert('driver', {
            id: crypto.randomUUID(),
            engagementId,
            order,
            behaviourId: ids.behaviours[d.behaviour],
            kind: d.kind,
            text: d.text,
          }),
        );
        t.interventions.forEach((i, order) =>
          edit.insert('intervention', {
            ...emptyIntervention,
            ...i,
            cells: i.cells ?? catalogueCells(i.catalogueKey),
            id: ids.interventions[order],
            engagementId,
            order,
          }),
        );
        for (const l of t.links)
          edit.insert('intervention_cause', {
            id: crypto.randomUUID(),
            engagementId,
            interventionId: ids.interventions[l.intervention],
            causeId: ids.causes[l.cause],
          });
        t.measures.forEach(({ outcome, intervention, ...m }, order) =>
          edit.insert('measure', {
            ...emptyMeasure,
            ...m,
            id: crypto.randomUUID(),
            engagementId,
            order,
            outcomeId: outcome === null ? null : ids.outcomes[outcome],
            interventionId: intervention === null ? null : ids.interventions[intervention],
          }),
        );
        writeFramework(edit, t, engagementId, ids);
      },
      { undoable: false },
    );
    return store.summary(engagementId)!;
  });
}
