import { open, readFile, rm } from 'node:fs/promises';

/** The store is open in another process that is still running. */
export class StoreLockedError extends Error {}

/**
 * Take the lock file at `path` (created exclusively, holding our pid); a lock left by a process that is no longer
 * running (killed) is taken over. Resolves to the function that releases it.
 */
export async function lockDirectory(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => { await rm(path, { force: true }); };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (holder === process.pid) throw new StoreLockedError('it is already open in this process');
      if (Number.isInteger(holder) && isRunning(holder)) {
        throw new StoreLockedError(`it is open in another wiretrace process (pid ${holder})`);
      }
      await rm(path, { force: true });
    }
  }
  throw new StoreLockedError('its lock file could not be taken');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
