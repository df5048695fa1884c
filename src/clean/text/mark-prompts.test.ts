import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markPrompts } from './mark-prompts.ts';

const reasons = (body: string) => reasonsAfter(markPrompts, body);

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

test('markPrompts removes an outlet\'s own follow prompt and the sign-up form\'s e-mail label', () => {
  const body = [
    'Follow Coastline Daily on Instagram for live updates.',
    'Follow The Meridian on X',
    'Enter your email address',
    'Your e-mail:',
  ].join('\n');
  assert.deepEqual(reasons(body), ['share-prompt', 'share-prompt', 'newsletter', 'newsletter']);
});

test('markPrompts keeps reporting that follows someone on a platform or asks for e-mail addresses', () => {
  const body = [
    'Police said they would follow the suspect\'s posts on X closely.',
    'Followers of Mayor Ruiz on Facebook organised the protest.',
    'The bank asked customers to enter their email address on a fake site, investigators said.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept']);
});
