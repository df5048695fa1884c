import type { Article } from '../model/index.ts';
import { terminalSafe } from './terminal-safe.ts';

/** One article of the readable listing (`extract` without `--json`), without a trailing newline. */
export function formatArticleBlock(a: Article, options: { readonly full?: boolean } = {}): string {
  const words = a.text.split(/\s+/).filter(Boolean).length;
  const head = [
    `${a.title ?? '(untitled)'}`,
    `  id ${a.id}  source ${a.source}`,
    `  outlet ${a.outlet ?? '-'}  byline ${a.byline ?? '-'}  published ${a.published ?? '-'}  language ${a.language ?? '-'}`,
    `  ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${words} words; ${a.removed.length} pieces removed`,
  ];
  if (options.full) head.push('', a.text, '', ...a.removed.map((r) => `  - [${r.reason}] ${oneLine(r.text)}`));
  return terminalSafe(head.join('\n'));
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}
