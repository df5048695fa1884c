import type { Article } from '../model/index.ts';
import { terminalSafe } from './terminal-safe.ts';

/** A readable listing of cleaned articles for the terminal (`extract` without `--json`). */
export function formatArticleListing(articles: readonly Article[], options: { readonly full?: boolean } = {}): string {
  const blocks = articles.map((a) => {
    const words = a.text.split(/\s+/).filter(Boolean).length;
    const head = [
      `${a.title ?? '(untitled)'}`,
      `  id ${a.id}  source ${a.source}`,
      `  outlet ${a.outlet ?? '-'}  byline ${a.byline ?? '-'}  published ${a.published ?? '-'}  language ${a.language ?? '-'}`,
      `  ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${words} words; ${a.removed.length} pieces removed`,
    ];
    if (options.full) head.push('', a.text, '', ...a.removed.map((r) => `  - [${r.reason}] ${oneLine(r.text)}`));
    return head.join('\n');
  });
  return terminalSafe(`${blocks.join('\n\n')}\n`);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}
