import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Write `count` distinct short articles as text files into `dir` (for the crash test): each a headline and three
 * paragraphs of real words drawn from the story fixtures' vocabulary by a seeded generator, with a name and figures of
 * its own, so that no two are copies or one story and nothing needs analysing. Resolves to the files, in order.
 */
export async function writeManyArticles(dir: string, count: number, fixtures: string, seed = 13): Promise<string[]> {
  const words = await vocabulary(fixtures);
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (): string => words[Math.floor(random() * words.length)]!;
  const sentence = (n: number, name: string): string => {
    const body = Array.from({ length: n }, pick);
    body.splice(Math.floor(random() * n), 0, name, String(100 + Math.floor(random() * 9_000)));
    const text = body.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick()[0]!.toUpperCase()}${pick().slice(1)}ville-${i}`;
    const title = sentence(6, name).replace(/\.$/, '');
    const paragraphs = Array.from({ length: 3 }, () => `${sentence(14, name)} ${sentence(12, name)}`);
    const file = join(dir, `article-${String(i).padStart(4, '0')}.txt`);
    await writeFile(file, `${title}\n\n${paragraphs.join('\n\n')}\n`);
    files.push(file);
  }
  return files;
}

// The lower-case words of 4-12 letters in the story fixtures' text files, each once, sorted (a fixed order).
async function vocabulary(fixtures: string): Promise<string[]> {
  const words = new Set<string>();
  for (const story of await readdir(fixtures, { withFileTypes: true })) {
    if (!story.isDirectory()) continue;
    for (const file of await readdir(join(fixtures, story.name))) {
      if (!file.endsWith('.txt')) continue;
      for (const [w] of (await readFile(join(fixtures, story.name, file), 'utf8')).matchAll(/\b[a-z]{4,12}\b/g)) words.add(w);
    }
  }
  return [...words].sort();
}
