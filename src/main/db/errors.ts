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

/** SQLite's "database or disk is full" and the file system's ENOSPC: the user's words are "the disk is full". */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    (typeof code === 'string' && code.startsWith('SQLITE_IOERR') && /full|space/i.test(String((error as Error).message)))
  );
}

export const DISK_FULL_MESSAGE =
  'The disk is full, so this change was not saved. Free some space on the disk and try again; everything saved before is safe.';

/** A write that would tie a record to one that is gone or belongs to another engagement. */
export class RecordReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordReferenceError';
  }
}
