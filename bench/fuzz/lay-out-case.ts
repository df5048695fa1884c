import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FuzzCase } from './hostile-cases.ts';

/** A case laid out in a fresh folder; `remove` closes its sockets and deletes it. */
export interface LaidOut {
  readonly dir: string;
  readonly remove: () => Promise<void>;
}

/** Write a case's files, FIFOs, sockets (kept listening until `remove`) and links into a new temporary folder. */
export async function layOutCase(fuzzCase: FuzzCase): Promise<LaidOut> {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-fuzz-'));
  const servers: Server[] = [];
  for (const file of fuzzCase.files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    if (file.kind === 'bytes') await writeFile(path, file.bytes);
    else if (file.kind === 'fifo') execFileSync('mkfifo', [path]);
    else if (file.kind === 'symlink') await symlink(file.target, path);
    else {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(path, resolve));
      servers.push(server);
    }
  }
  return {
    dir,
    remove: async () => {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
