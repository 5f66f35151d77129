/** Why the library could not be opened; the message is shown to the user as it is. */
export class LibraryOpenError extends Error {
  constructor(
    readonly reason: 'newer_schema' | 'damaged' | 'locked',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryOpenError';
  }
}
