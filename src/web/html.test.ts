import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from './html.ts';
import { parsePasted } from './paste-page.ts';

test('html escapes every interpolated string, in text and in attributes; markup built by html passes once', () => {
  const title = '"><script>alert(1)</script>\'&';
  const inner = html`<b>${title}</b>`;
  assert.equal(inner.text, '<b>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&amp;</b>');
  assert.equal(html`<a title="${title}">${[inner, 3, null, false, undefined, ['x<', html`<i>`]]}</a>`.text,
    `<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&amp;">${inner.text}3x&lt;<i></a>`);
});

test('pasted text splits at lines of ---, each block\'s leading Field: lines its metadata', () => {
  const items = parsePasted('Outlet: Daily <b>Courier</b>\ntitle: Bridge halted\nURL: https://a.example/x\n\nFirst body.\nOutlet: not a header here\n---\nSecond body only.\n  ---  \n\n');
  assert.deepEqual(items, [
    { outlet: 'Daily <b>Courier</b>', title: 'Bridge halted', url: 'https://a.example/x', text: 'First body.\nOutlet: not a header here' },
    { text: 'Second body only.' },
  ]);
  assert.deepEqual(parsePasted(' \n---\n'), []);
});
