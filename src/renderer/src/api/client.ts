import type { ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../../shared/api';
import { TOKEN_HEADER, type MenuCommand } from '../../../shared/api/channels';

/** What the desktop preload exposes; absent in browser mode. */
type Bridge = {
  call(procedure: string, input: unknown): Promise<Result<unknown>>;
  onMenuCommand(listener: (command: MenuCommand, argument?: string) => void): () => void;
};
declare global {
  interface Window {
    causeway?: Bridge;
  }
}

/** An error the main side explained; `message` is written for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'causeway.token';

/**
 * Browser mode's key arrives in the address (#token=...) printed at launch; keep it for this tab
 * and take it out of the address bar so it is not bookmarked or shared by accident.
 */
export function captureToken(location: Location = window.location) {
  const match = location.hash.match(/token=([\w-]+)/);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}#/`);
  }
}

async function overHttp(procedure: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    const body = JSON.stringify(input ?? {});
    response = await fetch(`/api/${procedure}`, {
      method: 'POST',
      // A save sent as the page goes away still arrives (browsers cap keepalive bodies at 64 KB).
      keepalive: body.length < 60_000,
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body,
    });
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: 'Causeway is not running. Start it again with npm start; your saved work is safe.' },
    };
  }
  return (await response.json()) as Result<unknown>;
}

/** The one typed door to the main side, whichever shell the renderer runs in. */
export async function call<P extends ProcedureName>(procedure: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
  const result = window.causeway ? await window.causeway.call(procedure, input) : await overHttp(procedure, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.data as ProcedureOutput<P>;
}

export function onMenuCommand(listener: (command: MenuCommand, argument?: string) => void): () => void {
  return window.causeway?.onMenuCommand(listener) ?? (() => {});
}
