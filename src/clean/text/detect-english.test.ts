import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectEnglish } from './detect-english.ts';

test('detectEnglish recognises English prose and nothing else', () => {
  assert.equal(detectEnglish('The old harbor bridge reopened to traffic on Monday after eight months of repairs, the city said in a statement, and the ferry will run at weekends.'), 'en');
  assert.equal(detectEnglish('El viejo puente del puerto reabrió al tráfico el lunes después de ocho meses de reparaciones, dijo la ciudad en un comunicado.'), null);
  assert.equal(detectEnglish('Too short to tell.'), null);
});
