import { contract, fail, isProcedureName, ok, type Result } from '../../shared/api';
import { DISK_FULL_MESSAGE, isDiskFull, LibraryOpenError, RecordReferenceError } from '../db/errors';
import { describeIssues, plainWords } from '../../shared/domain';
import { ServiceError } from '../services/errors';
import type { Services } from '../services';

/** Most procedures answer at once; slow ones (reports) answer with a promise. */
export type Dispatch = (procedure: string, input: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * The one entry point for every call from the renderer, whatever the transport: look the
 * procedure up, parse its input, run the service, wrap the answer. Nothing is written when the
 * input is invalid because the service never runs.
 */
export function createDispatch(services: Services, log: (message: string) => void = console.error): Dispatch {
  return (procedure, input) => {
    if (typeof procedure !== 'string' || !isProcedureName(procedure)) {
      return fail('unknown_procedure', `Causeway has no action called "${String(procedure).slice(0, 60)}".`);
    }
    const parsed = contract[procedure].input.safeParse(input ?? {}, { error: plainWords });
    // Each field named by its label on the procedure's record ("cause.update" -> a cause's labels).
    if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error.issues, procedure.split('.')[0]));
    const failed = (error: unknown): Result<never> => {
      if (error instanceof ServiceError) return fail(error.code, error.message);
      if (error instanceof LibraryOpenError) return fail('conflict', error.message);
      if (isDiskFull(error)) return fail('disk_full', DISK_FULL_MESSAGE);
      if (error instanceof RecordReferenceError) return fail('invalid_input', error.message);
      if (procedure.startsWith('backup.')) return fail('conflict', (error as Error).message);
      log(`[causeway] ${procedure} failed: ${(error as Error).stack ?? String(error)}`);
      return fail('internal', 'Causeway could not do that; nothing was changed. Try again, and if it keeps failing, restart the app.');
    };
    try {
      const run = services[procedure] as (input: unknown) => unknown;
      const answer = run(parsed.data);
      return answer instanceof Promise ? answer.then(ok, failed) : ok(answer);
    } catch (error) {
      return failed(error);
    }
  };
}
