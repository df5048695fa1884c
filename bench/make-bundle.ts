import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Build a benchmark bundle of `size` distinct plain-text articles from base texts (the seeds and
 * the example bundle's text files). Copies past the first round are varied deterministically
 * (paragraphs dropped, swapped, numbers changed) so every article is distinct content and the
 * pipeline's de-duplication keeps them all, as in a real crawl of many rewrites.
 */
export function makeBundle(baseDirs: readonly string[], size: number, outDir: string): string[] {
  const bases = baseDirs.flatMap((dir) => readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8')));
  if (bases.length === 0) throw new Error(`No .txt articles in ${baseDirs.join(', ')}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < size; i++) {
    const base = bases[i % bases.length] ?? '';
    const round = Math.floor(i / bases.length);
    const text = round === 0 ? base : vary(base, i);
    const file = join(outDir, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

function vary(text: string, seed: number): string {
  let state = seed * 2654435761 % 4294967296;
  const random = (): number => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim() !== '');
  const kept = paragraphs.filter((_, i) => i < 3 || random() > 0.15);
  for (let k = 0; k < 2 && kept.length > 4; k++) {
    const a = 3 + Math.floor(random() * (kept.length - 3));
    const b = 3 + Math.floor(random() * (kept.length - 3));
    [kept[a], kept[b]] = [kept[b] ?? '', kept[a] ?? ''];
  }
  const varied = kept.map((p) => (random() < 0.2 ? p.replace(/\b(\d{1,3})\b/, (n) => String(Number(n) + 1 + Math.floor(random() * 9))) : p));
  return `${varied.join('\n\n')}\n\nBundle copy ${seed}.\n`;
}
