import { createDispatch, type Dispatch } from './api/dispatch';
import { openLibrary, type Library } from './db/open';
import { Store } from './db/store';
import { createServices } from './services';

export type Causeway = { library: Library; dispatch: Dispatch; recent(): { id: string; name: string }[]; close(): void };

/** Opens the library and wires the services to the one dispatch; shared by desktop and browser mode. */
export function startCauseway(options: { dataDir: string; mode: 'desktop' | 'browser'; version: string }): Causeway {
  const library = openLibrary({ dataDir: options.dataDir });
  const store = new Store(library);
  const services = createServices(store, { version: options.version, dataDir: options.dataDir, mode: options.mode });
  return {
    library,
    dispatch: createDispatch(services),
    // Most recently edited first: the File menu's "Recent engagements".
    recent: () => store.listEngagements(false).slice(0, 8).map((e) => ({ id: e.id, name: e.name })),
    close: () => library.close(),
  };
}
