import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCommentHeading, isTeaserHeading, labelReason } from './label-reason.ts';

test('labelReason names box headings, comment headings and button rows in every table language', () => {
  assert.equal(labelReason('Mehr zum Thema'), 'teaser');
  assert.equal(labelReason('Lo más leído:'), 'teaser');
  assert.equal(labelReason('I più letti ›'), 'teaser');
  assert.equal(labelReason('Kommentare (3)'), 'site-chrome');
  assert.equal(labelReason('12 commentaires'), 'site-chrome');
  assert.equal(labelReason('Anzeige'), 'site-chrome');
  assert.equal(labelReason('PUBLICITÉ'), 'site-chrome');
  assert.equal(labelReason('Responder · Denunciar'), 'site-chrome');
});

test('labelReason leaves prose and section headings of the story alone', () => {
  assert.equal(labelReason('Reaktionen'), null, 'an article section of reactions is content');
  assert.equal(labelReason('Die Stadt will mehr Radwege bauen.'), null);
  assert.equal(labelReason('Teilen und herrschen'), null);
  assert.equal(labelReason(''), null);
  assert.equal(labelReason(`Anzeige ${'x'.repeat(200)}`), null);
});

test('isCommentHeading and isTeaserHeading read one heading each', () => {
  assert.ok(isCommentHeading('Comentários (2)'));
  assert.ok(!isCommentHeading('Mais lidas'));
  assert.ok(isTeaserHeading('Mais lidas'));
  assert.ok(!isTeaserHeading('Kommentare'));
});
