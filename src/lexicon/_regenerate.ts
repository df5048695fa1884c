import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A generated lexicon as its script in scripts/ makes it now from the pinned WordNet, beside the one checked in. */
export function regenerated(script: string, file: string): { made: string; kept: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  try {
    const out = join(dir, file);
    execFileSync(process.execPath, [new URL(`../../scripts/${script}`, import.meta.url).pathname, out]);
    return { made: readFileSync(out, 'utf8'), kept: readFileSync(new URL(`./${file}`, import.meta.url), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
