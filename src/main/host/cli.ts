import { join } from 'node:path';
import { startCauseway } from '../app';
import { dataDir } from '../dataDir';
import { LibraryOpenError } from '../db/errors';
import { startHost } from './server';
import { version } from '../../../package.json';

/**
 * Browser mode's entry point (`node out/main/host.js`): the same library, services and renderer
 * as the desktop app, served on 127.0.0.1. Prints the address to open, and a machine-readable
 * line tests wait for.
 */
async function main() {
  const folder = dataDir();
  let causeway;
  try {
    causeway = startCauseway({ dataDir: folder, mode: 'browser', version });
  } catch (error) {
    if (error instanceof LibraryOpenError) {
      console.error(`Causeway cannot open its library: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const port = process.env.CAUSEWAY_PORT ? Number(process.env.CAUSEWAY_PORT) : 0;
  const host = await startHost({ dispatch: causeway.dispatch, rendererDir: join(__dirname, '..', 'renderer'), port });
  console.log(`Causeway is running in browser mode. Open ${host.url}`);
  if (causeway.damaged) console.warn(`The library is damaged; Causeway opens in recovery: ${causeway.damaged}`);
  else {
    console.log(`Library: ${causeway.library.path}`);
    if (causeway.library.warning) console.warn(`Warning: ${causeway.library.warning}`);
  }
  console.log(`CAUSEWAY_READY ${host.url}`);
  const stop = async () => {
    setTimeout(() => process.exit(0), 3000).unref(); // never hang on the way out
    await host.close();
    causeway.close();
    process.exit(0);
  };
  const onSignal = () => {
    stop().catch((error: unknown) => {
      console.error(`Causeway did not close cleanly: ${(error as Error).message}`);
      process.exit(1);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((error) => {
  console.error(`Causeway could not start: ${(error as Error).message}`);
  process.exit(1);
});
