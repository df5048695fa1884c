import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markPrompts } from './mark-prompts.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const reasons = (body: string) => markPrompts({ units: splitLines(body), meta }).units.map((u) => u.removed ?? 'kept');

test('markPrompts removes newsletter and share prompts', () => {
  const body = [
    'Sign up for the Morning Harbor newsletter',
    'Get the best local stories delivered to your inbox every day.',
    'Share this article',
    'Follow us on Facebook and Instagram',
    'Follow Harbor Daily on Google News',
  ].join('\n');
  assert.deepEqual(reasons(body), ['newsletter', 'newsletter', 'share-prompt', 'share-prompt', 'share-prompt']);
});

test('markPrompts keeps reporting that mentions newsletters or following', () => {
  const body = [
    'The council said more than 20,000 residents subscribe to its weekly newsletter, up from 12,000 last year.',
    'Follow-up inspections found no new cracks, the engineers said.',
    'Share prices of the operator fell 4% on Monday.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept']);
});
