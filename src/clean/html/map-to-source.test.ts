import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapToSource } from './map-to-source.ts';

test('maps each paragraph start to its verbatim occurrence, in order', () => {
  const body = '<nav>The river rose</nav><p>The river rose two metres overnight.</p><p>Schools were closed &amp; roads shut on Monday morning.</p>';
  const paragraphs = [
    { start: 0, text: 'The river rose two metres overnight.' },
    { start: 38, text: 'Schools were closed & roads shut on Monday morning.' },
  ];
  const map = mapToSource(paragraphs, body);
  assert.equal(map.length, 2);
  assert.deepEqual(map[0], { start: 0, end: 36, sourceStart: body.indexOf('The river rose two') });
  // The entity stops the verbatim match, so only the words before it are mapped.
  assert.equal(map[1]?.sourceStart, body.indexOf('Schools'));
  assert.equal(body.slice(map[1]?.sourceStart, (map[1]?.sourceStart ?? 0) + (map[1]?.end ?? 0) - 38), 'Schools were');
});

test('leaves out paragraphs whose words are not in the source', () => {
  assert.deepEqual(mapToSource([{ start: 0, text: 'Nowhere in the page at all, these words.' }], '<p>Other text</p>'), []);
});
