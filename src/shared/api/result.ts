/** Every call across processes answers with this envelope; nothing throws across the boundary. */
export type ErrorCode = 'invalid_input' | 'not_found' | 'unknown_procedure' | 'conflict' | 'forbidden' | 'internal' | 'disk_full';
export type ApiError = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
