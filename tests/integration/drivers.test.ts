import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let other: ReturnType<typeof tempLibrary>;
beforeEach(() => ((lib = tempLibrary()), (other = tempLibrary())));
afterEach(() => (lib.close(), other.close()));

const openDemo = () => lib.detail(lib.call('demo.open', {}).id);

describe('required drivers', () => {
  it('are created, edited and deleted on a behaviour, each answered with what changed, and undone', () => {
    const demo = openDemo();
    const behaviour = demo.behaviours.find((b) => b.text === 'check the knowledge base before transferring a call')!;
    const before = demo.drivers.filter((d) => d.behaviourId === behaviour.id).length;

    const created = lib.call('driver.create', {
      behaviourId: behaviour.id,
      fields: { kind: 'reward', text: 'Shout-out in the team huddle' },
    });
    expect(created.id).toBeDefined();
    expect(created.upserted.drivers).toEqual([
      expect.objectContaining({ id: created.id, behaviourId: behaviour.id, kind: 'reward', owner: '', status: 'not_started' }),
    ]);

    const updated = lib.call('driver.update', { id: created.id!, patch: { owner: 'Team leaders', status: 'in_place' } });
    expect(updated.upserted.drivers?.[0]).toMatchObject({
      owner: 'Team leaders',
      status: 'in_place',
      text: 'Shout-out in the team huddle',
    });
    expect(updated.history.undoLabel).toBe('Edit required driver');

    let d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.drivers.find((x) => x.id === created.id)).toMatchObject({ owner: '', status: 'not_started' });

    const deleted = lib.call('driver.delete', { id: created.id! });
    expect(deleted.deleted.drivers).toEqual([created.id]);
    d = lib.detail(demo.engagement.id);
    expect(d.drivers.filter((x) => x.behaviourId === behaviour.id)).toHaveLength(before);

    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.drivers.find((x) => x.id === created.id)).toMatchObject({ text: 'Shout-out in the team huddle' });
  });

  it('refuse bad input in the user’s words and change nothing', () => {
    const demo = openDemo();
    const behaviour = demo.behaviours[0];
    const driver = demo.drivers[0];
    const snapshot = dumpDatabase(lib.library);
    expect(lib.raw('driver.create', { behaviourId: behaviour.id, fields: { kind: 'punish' } })).toMatchObject({
      ok: false,
      error: { message: 'Kind of driver: choose reinforce, encourage, reward or monitor.' },
    });
    expect(lib.raw('driver.update', { id: driver.id, patch: { status: 'done' } })).toMatchObject({
      ok: false,
      error: { message: 'Status: choose not started, planned or in place.' },
    });
    expect(lib.raw('driver.update', { id: driver.id, patch: { owner: 'x'.repeat(121) } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Owner: keep it under 120 characters/i) },
    });
    expect(lib.raw('driver.create', { behaviourId: crypto.randomUUID(), fields: { kind: 'monitor' } })).toMatchObject({ ok: false });
    expect(dumpDatabase(lib.library)).toEqual(snapshot);
  });

  it('go with their behaviour when it is deleted, and come back with it on undo', () => {
    const demo = openDemo();
    const withDrivers = demo.behaviours.find((b) => demo.drivers.some((d) => d.behaviourId === b.id))!;
    const count = demo.drivers.filter((d) => d.behaviourId === withDrivers.id).length;
    expect(count).toBeGreaterThan(0);
    const change = lib.call('behaviour.delete', { id: withDrivers.id });
    expect(change.deleted.drivers).toHaveLength(count);
    let d = lib.detail(demo.engagement.id);
    expect(d.drivers.some((x) => x.behaviourId === withDrivers.id)).toBe(false);
    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.drivers.filter((x) => x.behaviourId === withDrivers.id)).toHaveLength(count);
  });

  it('are copied with a duplicated engagement', () => {
    const demo = openDemo();
    const copy = lib.call('engagement.duplicate', { id: demo.engagement.id });
    const d = lib.detail(copy.id);
    expect(d.drivers.map((x) => [x.kind, x.text, x.owner, x.status])).toEqual(demo.drivers.map((x) => [x.kind, x.text, x.owner, x.status]));
    const behaviours = new Set(d.behaviours.map((b) => b.id));
    expect(d.drivers.every((x) => behaviours.has(x.behaviourId))).toBe(true);
  });

  it('travel in .causeway files, and a file from before drivers imports with none', () => {
    const demo = openDemo();
    const file = lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false });
    const imported = other.detail(other.call('import.causeway', { content: file.content }).id);
    expect(imported.drivers.map((x) => [x.kind, x.text, x.owner, x.status])).toEqual(
      demo.drivers.map((x) => [x.kind, x.text, x.owner, x.status]),
    );
    const textOf = (d: typeof demo, behaviourId: string) => d.behaviours.find((b) => b.id === behaviourId)!.text;
    expect(imported.drivers.map((x) => textOf(imported, x.behaviourId))).toEqual(demo.drivers.map((x) => textOf(demo, x.behaviourId)));

    const { drivers: _, ...older } = JSON.parse(file.content);
    const fromOlder = other.detail(other.call('import.causeway', { content: JSON.stringify(older) }).id);
    expect(fromOlder.drivers).toEqual([]);
    expect(fromOlder.behaviours).toHaveLength(demo.behaviours.length);

    const broken = JSON.parse(file.content);
    broken.drivers[0].behaviourId = broken.causes[0].id;
    expect(other.raw('import.causeway', { content: JSON.stringify(broken) })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/required driver 1’s behaviour is cause 1, which is not a behaviour/) },
    });
  });

  it('a template saved from an engagement keeps the drivers’ wording, not their owners or status', () => {
    const demo = openDemo();
    const saved = lib.call('template.save', { engagementId: demo.engagement.id, name: 'Contact centre', description: '' });
    // The wording goes through the same anonymising as the rest of the template.
    const drivers = saved.content!.drivers;
    expect(drivers.map((x) => x.kind)).toEqual(demo.drivers.map((x) => x.kind));
    expect(drivers.map((x) => x.text)).toContain('Team leaders’ weekly call reviews check disputes closed on the first call');
    expect(JSON.stringify(saved.content)).not.toContain('Contact-centre analyst');
    const created = lib.detail(lib.call('engagement.createFromTemplate', { ...newEngagement, templateId: saved.id }).id);
    expect(created.drivers.map((x) => [x.kind, x.text, x.owner, x.status])).toEqual(
      drivers.map((x) => [x.kind, x.text, '', 'not_started']),
    );
    const place = (d: typeof demo, behaviourId: string) => d.behaviours.findIndex((b) => b.id === behaviourId);
    expect(created.drivers.map((x) => place(created, x.behaviourId))).toEqual(demo.drivers.map((x) => place(demo, x.behaviourId)));
  });
});
