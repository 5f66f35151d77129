import type { z } from 'zod';

/** A service's refusal, with a message written for the user. Dispatch turns it into a Result. */
export class ServiceError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid_input' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string) =>
  new ServiceError('not_found', `That ${what} no longer exists. It may have been deleted; go back to the engagements.`);

/** Turns zod's issues into one sentence per field the user can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join(' ');
}
