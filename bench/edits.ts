// npm run bench:edits — the cost of finding the edits between two versions of an article (issue 13), which `add` and
// `watch` pay for every later version they store. Prints figures; asserts nothing. On the story fixtures' articles:
//   edited: each article against itself with its second paragraph removed and its first figure raised by 7 (a typical
//           stealth edit), in ms per version and the edits found;
//   rewrites: each article against the next outlet's rewrite of its story (texts that differ almost everywhere: the
//           worst case, far from a real edit).
// `-- --stories N` (default 20).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/index.ts';
import { readBundle } from '../src/cli/read-bundle.ts';
import { diffVersions } from '../src/edits/diff-versions.ts';
import { segment } from '../src/segment/segment.ts';

const root = fileURLToPath(new URL('../fixtures/stories/', import.meta.url));
const { values } = parseArgs({ options: { stories: { type: 'string', default: '20' } } });
const sink = new Writable({ write(_c, _e, done) { done(); } });
const io = { stdout: sink, stderr: sink, stdin: new PassThrough(), stdoutIsTTY: false, stderrIsTTY: false };

const stories: Article[][] = [];
for (const name of readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort().slice(0, Number(values.stories))) {
  stories.push(await readBundle([join(root, name)], {}, io));
}
// the modules' first use (the tagger, the lexicons) is not timed
diffVersions(stories[0]![0]!, stories[0]![1] ?? stories[0]![0]!);

function edited(article: Article): Article | null {
  const paragraphs = article.text.split('\n\n');
  if (paragraphs.length < 3) return null;
  paragraphs.splice(1, 1);
  paragraphs[0] = paragraphs[0]!.replace(/\d+/, (m) => String(Number(m) + 7));
  const text = paragraphs.join('\n\n');
  return { ...article, id: `${article.id}-2`, text, ...segment(text) };
}

function time(pairs: readonly (readonly [Article, Article])[]): { pairs: number; edits: number; msPerVersion: number; slowestMs: number } {
  let edits = 0;
  let total = 0;
  let slowest = 0;
  for (const [a, b] of pairs) {
    const t = performance.now();
    edits += diffVersions(a, b).length;
    const ms = performance.now() - t;
    total += ms;
    slowest = Math.max(slowest, ms);
  }
  return { pairs: pairs.length, edits, msPerVersion: Number((total / pairs.length).toFixed(1)), slowestMs: Math.round(slowest) };
}

const editedPairs = stories.flat().flatMap((a) => { const b = edited(a); return b ? [[a, b] as const] : []; });
const rewrites = stories.flatMap((s) => s.slice(1).map((b, i) => [s[i]!, b] as const));
console.log(`stories: ${stories.length}, articles: ${stories.flat().length}`);
console.log('edited (a paragraph removed, a figure changed):', time(editedPairs));
console.log('rewrites (another outlet\'s text):', time(rewrites));
