import type { ArticleHistory } from '../model/index.ts';
import { terminalSafe } from './terminal-safe.ts';

/**
 * An article's versions for the terminal: each version's number, when it was read and its title, then each edit
 * against the version before (its rule and message; a reworded paragraph's word diff as [-removed-] {+added+}).
 */
export function formatVersions(history: ArticleHistory): string {
  const lines = [`${history.url ?? history.key}${history.outlet ? ` (${history.outlet})` : ''}: ${history.versions.length} version${history.versions.length === 1 ? '' : 's'}`];
  for (const v of history.versions) {
    const when = v.fetchedAt.slice(0, 16).replace('T', ' ');
    const edits = v.number === 1 ? '' : `: ${v.edits.length} edit${v.edits.length === 1 ? '' : 's'} since version ${v.number - 1}`;
    lines.push('', `  version ${v.number}  read ${when} UTC  [${v.ref}]${edits}`, `    ${oneLine(v.title ?? '(untitled)')}`);
    for (const e of v.edits) {
      lines.push(`    - ${e.severity.padEnd(6)} ${e.rule}: ${oneLine(e.message)}`);
      if (e.words) lines.push(`        ${oneLine(e.words.map((w) => (w.op === '=' ? w.text : w.op === '-' ? `[-${w.text}-]` : `{+${w.text}+}`)).join(''))}`);
    }
  }
  return `${terminalSafe(lines.join('\n'))}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
