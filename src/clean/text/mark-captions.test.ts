import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markCaptions } from './mark-captions.ts';

const reasons = (body: string) => reasonsAfter(markCaptions, body);

test('markCaptions removes captions, their uncredited copies, labels and credits', () => {
  const body = [
    'Ferries wait in the harbor at dawn.',
    'Ferries wait in the harbor at dawn.AFP',
    'Photo',
    'BigPhoto',
    'Getty Images',
    'The mayor cuts the ribbon at the new terminal on May 2, 2026. (AFP Photo)',
    'The bridge reopened on Monday after eight months of repairs.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['caption', 'caption', 'caption', 'caption', 'photo-credit', 'caption', 'kept']);
});

test('markCaptions keeps reporting about photos and agencies', () => {
  const body = 'Officials released a photo of the damaged deck.\nThe mayor told Reuters the bridge would reopen.\nPhotography is banned on the bridge.';
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept']);
});

test('markCaptions removes a short line a picture label opens, and keeps prose that mentions photos', () => {
  const body = [
    'Pictured: Volunteers stack sandbags on the levee. (Harbor Daily/Archive)',
    'Photo: The old mill before the fire.',
    'Photos taken by residents show the levee breaking shortly after midnight on Sunday.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['caption', 'caption', 'kept']);
});
