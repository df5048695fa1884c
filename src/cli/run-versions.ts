import { formatVersions } from '../report/format-versions.ts';
import { articleVersions } from '../store/article-versions.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** Options of `versions`. */
export interface VersionsOptions extends StoreOptions {
  readonly json?: boolean;
}

/**
 * `wiretrace versions <url>`: every stored version of one article and the edits between them (stealth edits).
 * Resolves to the exit code: 1 when the store cannot be opened or holds no such article.
 */
export async function runVersions(name: string, options: VersionsOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let history: Awaited<ReturnType<typeof articleVersions>>;
  try {
    const db = await openStore(options, env);
    try {
      history = await articleVersions(db, name);
    } finally {
      await db.close();
    }
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  if (history === null) {
    io.stderr.write(`wiretrace: ${stderrSafe(JSON.stringify(name))}: no stored article has this URL, file or id\n`);
    return 1;
  }
  io.stdout.write(options.json ? `${JSON.stringify(history)}\n` : formatVersions(history));
  return 0;
}
