import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCauseway, type Causeway } from '../../src/main/app';
import { contract, type ProcedureInput, type ProcedureName, type ProcedureOutput, type Result } from '../../src/shared/api';
import type { Change, EngagementDetail } from '../../src/shared/domain';

/** Procedures that answer with what they changed. */
export type ChangeProcedure = { [P in ProcedureName]: ProcedureOutput<P> extends Change ? P : never }[ProcedureName];

/** A real library in a fresh temp folder, with a typed caller that goes through dispatch. */
export function tempLibrary() {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-test-'));
  let app: Causeway = startCauseway({ dataDir, mode: 'browser', version: 'test' });
  /** For procedures that answer at once; reports answer with a promise (use rawAsync). */
  const raw = (procedure: string, input: unknown): Result<unknown> => {
    const result = app.dispatch(procedure, input);
    if (result instanceof Promise) throw new Error(`${procedure} answers asynchronously: use rawAsync`);
    return result;
  };
  const rawAsync = async (procedure: string, input: unknown) => app.dispatch(procedure, input);
  const unwrap = <P extends ProcedureName>(procedure: P, result: Result<unknown>) => {
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code}: ${result.error.message}`);
    // Every answer must be what the contract promises the renderer, checked field by field.
    const checked = contract[procedure].output.safeParse(result.data);
    if (!checked.success) throw new Error(`${procedure} answered outside its contract: ${checked.error.message}`);
    return checked.data as ProcedureOutput<P>;
  };
  const call = <P extends ProcedureName>(procedure: P, input: ProcedureInput<P>): ProcedureOutput<P> =>
    unwrap(procedure, raw(procedure, input));
  const callAsync = async <P extends ProcedureName>(procedure: P, input: ProcedureInput<P>) =>
    unwrap(procedure, await rawAsync(procedure, input));
  /** The whole engagement as it now is, observations included (engagement.open plus observation.list per measure). */
  const detail = (id: string): EngagementDetail => {
    const open = call('engagement.open', { id });
    const observations = open.measures
      .flatMap((m) => call('observation.list', { measureId: m.id }))
      .sort((a, b) => a.date.localeCompare(b.date));
    return { ...open, observations };
  };
  /** Runs an edit and reads the engagement back whole, for tests about what the engagement then holds. */
  const edit = <P extends ChangeProcedure>(procedure: P, input: ProcedureInput<P>): EngagementDetail => {
    const change = call(procedure, input) as Change;
    return detail(change.engagementId);
  };
  return {
    dataDir,
    call,
    detail,
    edit,
    raw,
    callAsync,
    rawAsync,
    get library() {
      return app.library;
    },
    /** Quits the app (library closed, lock released) and keeps its folder, to open it some other way. */
    quit() {
      app.close();
    },
    /** Closes and reopens the library, as quitting and starting the app would. */
    reopen() {
      app.close();
      app = startCauseway({ dataDir, mode: 'browser', version: 'test' });
    },
    close() {
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, to prove a refused call changed nothing. */
export function dumpDatabase(library: Causeway['library']) {
  const tables = library.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, library.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]));
}

export const newEngagement = {
  name: 'Sales win rate',
  client: 'Contoso',
  sponsor: 'Dana Lee',
  consultant: 'Sam Ortiz',
  startDate: '2026-03-01',
  endDate: '2026-09-30',
  confidential: true,
  status: 'scoping' as const,
};
