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
