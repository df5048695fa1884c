import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { chromiumSkip, launchChromium, openHtml } from './open-in-chromium.ts';

// The harness must see what the hostile tests look for, or their "nothing happened" would prove nothing.
describe('openHtml records what a page does', { skip: chromiumSkip }, () => {
  let browser: Browser;
  before(async () => { browser = await launchChromium(); });
  after(async () => { await browser?.close(); });

  it('records dialogs, outside requests, console errors and uncaught errors', async () => {
    const html = `<!doctype html><title>t</title><p id="p">page</p>
<img src="http://198.51.100.7/pixel.png">
<script>
  alert('one');
  console.error('bad thing');
  window.__ran = true;
  setTimeout(() => { throw new Error('late failure'); }, 0);
</script>`;
    const opened = await openHtml(browser, html);
    try {
      await opened.page.waitForFunction(() => (window as unknown as { __ran?: boolean }).__ran === true);
      await opened.page.waitForTimeout(50);
      assert.deepEqual(opened.events.dialogs, ['alert: one']);
      assert.ok(opened.events.requests.some((r) => r.includes('198.51.100.7/pixel.png')), opened.events.requests.join('\n'));
      assert.ok(opened.events.consoleErrors.includes('bad thing'), opened.events.consoleErrors.join('\n'));
      assert.ok(opened.events.pageErrors.some((e) => e.includes('late failure')), opened.events.pageErrors.join('\n'));
      assert.equal(await opened.page.textContent('#p'), 'page');
    } finally {
      await opened.close();
    }
  });

  it('records nothing for a quiet page, and does not count the page itself as a request', async () => {
    const opened = await openHtml(browser, '<!doctype html><title>q</title><p>quiet</p>');
    try {
      assert.deepEqual(opened.events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
    } finally {
      await opened.close();
    }
  });
});
