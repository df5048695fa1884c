import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flattenDeepHtml, MAX_REFERENCES, MAX_TAG_CHARS } from './flatten-deep-html.ts';
import { cleanHtml } from './clean-html.ts';

const article = '<p>The harbour bridge reopened on Monday after three weeks of repairs, the city said.</p>';

test('a page within the cap comes back as the same string', () => {
  const html = `<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><script>if (a < b) x("<div>")</script></div></body></html>`;
  assert.deepEqual(flattenDeepHtml(html, 10), { html, flattened: 0, stripped: 0, references: 0 });
});

test('elements past the cap lose their tags, blocks become one break per run, the text stays in order', () => {
  const { html, flattened } = flattenDeepHtml(`${'<div>'.repeat(5)}a${'<div>'.repeat(5)}b${'</div>'.repeat(10)}<b>c</b>`, 3);
  assert.equal(flattened, 7);
  assert.equal(html, '<div><div><div><br>a<br>b<br></div></div></div><b>c</b>');
});

test('implied closes are counted as the parser makes them: a run of unclosed <p> or <li> is not deep', () => {
  assert.equal(flattenDeepHtml(`${'<p>x'.repeat(1000)}`, 5).flattened, 0);
  assert.equal(flattenDeepHtml(`<ul>${'<li>x'.repeat(1000)}</ul>`, 5).flattened, 0);
  assert.equal(flattenDeepHtml(`${'<b>x'.repeat(1000)}`, 5).flattened, 995);
});

test('a tag longer than the cap keeps its name and loses its attributes', () => {
  const { html, stripped } = flattenDeepHtml(`<div class="${'n '.repeat(MAX_TAG_CHARS)}">x</div>`);
  assert.deepEqual([html, stripped], ['<div>x</div>', 1]);
});

test('deep pages of every kind clean without overflowing, with their text and a note in removed', () => {
  for (const tag of ['div', 'span', 'b', 'table', 'ul', 'x-item', 'font']) {
    const doc = cleanHtml({ source: 'deep.html', format: 'html', body: `<html><body>${`<${tag}>`.repeat(100_000)}${article}${article.replace('Monday', 'Tuesday')}</body></html>`, meta: {} });
    assert.match(doc.text, /reopened on Monday/, tag);
    assert.ok(doc.removed.some((r) => r.reason === 'flattened' && /nested deeper than 200 levels/.test(r.text)), tag);
  }
});

test('character references past the cap are dropped and counted; those before it stay', () => {
  const { html, references } = flattenDeepHtml(`<p>a&amp;b</p><p>${'&lt;'.repeat(MAX_REFERENCES + 5)}</p><p title="&amp;">&#1078;</p>`);
  assert.equal(references, 7);
  assert.equal(html, `<p>a&amp;b</p><p>${'&lt;'.repeat(MAX_REFERENCES - 1)}</p><p title="&amp;"></p>`);
});

test('a long run of whitespace in text becomes one space, or one newline when it held one', () => {
  const { html } = flattenDeepHtml(`<p>a${' '.repeat(5000)}b</p><pre>c${' \n'.repeat(3000)}d</pre>`);
  assert.equal(html, '<p>a b</p><pre>c\nd</pre>');
});
