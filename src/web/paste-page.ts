import { html, type Html } from './html.ts';
import { page } from './page.ts';

/** The ad hoc analysis form: articles pasted (separated by a line of ---) and URLs, stored only when asked. */
export function pastePage(values: { texts?: string; urls?: string; problem?: string } = {}): Html {
  return page('Analyse', html`<h1>Analyse articles</h1>
<p>Paste two or more outlets' versions of one story, separated by a line holding only <code>---</code>. A version may start
with lines such as <code>Outlet: Daily Courier</code>, <code>Title: ...</code>, <code>Published: 2026-03-04T09:30Z</code> or
<code>URL: https://...</code>. Or give the pages' addresses, one a line. Compared without the sentence model.</p>
${values.problem ? html`<p class="error" role="alert">${values.problem}</p>` : ''}
<form method="post" action="/analyze">
<p><label for="texts">Articles</label><br><textarea id="texts" name="texts" rows="16">${values.texts ?? ''}</textarea></p>
<p><label for="urls">URLs</label><br><textarea id="urls" name="urls" rows="4">${values.urls ?? ''}</textarea></p>
<p><label><input type="checkbox" name="store" value="1"> Also store them (as <code>wiretrace add</code> does)</label></p>
<p><button type="submit">Analyse</button></p>
</form>`);
}

const HEADER = /^(outlet|title|published|url|language|byline):\s*(.+)$/i;

/** Pasted text as articles: blocks split at lines of `---`, each block's leading `Field: value` lines its metadata. */
export function parsePasted(texts: string): Record<string, string>[] {
  // [ \t], not \s: a \s* at each line's start would run across every following blank line, from every line
  return texts.split(/^[ \t]*-{3,}[ \t]*$/m).map((block) => block.replace(/^\s*\n/, '')).filter((b) => b.trim() !== '').map((block) => {
    const lines = block.split('\n');
    const item: Record<string, string> = {};
    let n = 0;
    for (; n < lines.length; n++) {
      const m = HEADER.exec(lines[n]!.trim());
      if (!m) break;
      item[m[1]!.toLowerCase()] = m[2]!.trim();
    }
    item.text = lines.slice(n).join('\n').trim();
    return item;
  });
}
