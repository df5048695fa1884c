import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseLanguage, detectLanguage } from './detect-language.ts';

const EN = 'The old harbor bridge reopened to traffic on Monday after eight months of repairs, the city said in a statement, and the ferry will run at weekends until the end of the summer season.';
const ES = 'El viejo puente del puerto reabrió al tráfico el lunes después de ocho meses de reparaciones, dijo el ayuntamiento en un comunicado, y el transbordador funcionará los fines de semana.';
const DE = 'Die alte Hafenbrücke ist am Montag nach acht Monaten Bauzeit wieder für den Verkehr freigegeben worden, teilte die Stadt mit. Die Fähre fährt bis zum Ende des Sommers nur noch an den Wochenenden.';
const PT = 'A velha ponte do porto reabriu ao trânsito na segunda-feira, depois de oito meses de obras, informou a câmara municipal em comunicado. O ferry vai funcionar aos fins de semana até ao fim do verão.';

test('detectLanguage names the language of news prose, and nothing for a short text', () => {
  assert.equal(detectLanguage(EN), 'en');
  assert.equal(detectLanguage(ES), 'es');
  assert.equal(detectLanguage(DE), 'de');
  assert.equal(detectLanguage(PT), 'pt');
  assert.equal(detectLanguage('Too short to tell.'), null);
  assert.equal(detectLanguage(''), null);
});

test('chooseLanguage keeps a declared tag whole, and replaces it only when the text is clearly in another language', () => {
  assert.equal(chooseLanguage('pt-BR', PT), 'pt-BR');
  assert.equal(chooseLanguage('en-GB', EN), 'en-GB');
  assert.equal(chooseLanguage('en-US', DE), 'de', 'a template lang="en-US" on a German story');
  assert.equal(chooseLanguage('en', 'Kurz.'), 'en', 'too short to judge: the page stands');
  assert.equal(chooseLanguage('tlh', DE), 'tlh', 'a language the detector does not know: the page stands');
  assert.equal(chooseLanguage(null, ES), 'es');
  assert.equal(chooseLanguage(null, 'Breve.'), null);
});
