import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promptKind } from './prompt-kind.ts';

test('promptKind names teasers, share and newsletter prompts, cookie banners, tags and copyright lines', () => {
  assert.equal(promptKind('Lesen Sie auch: Sanierung verzögert sich bis Herbst'), 'teaser');
  assert.equal(promptKind('LEGGI ANCHE – Anfiteatro, al via il restauro'), 'teaser');
  assert.equal(promptKind('À LIRE AUSSI. Incendies : les conseils des pompiers'), 'teaser');
  assert.equal(promptKind('Compartir en Facebook'), 'share-prompt');
  assert.equal(promptKind('Siga o Diário do Planalto no Instagram e no WhatsApp'), 'share-prompt');
  assert.equal(promptKind('Iscriviti alla newsletter per ricevere ogni mattina le notizie principali.'), 'newsletter');
  assert.equal(promptKind('Nous utilisons des cookies pour mesurer l\'audience. En poursuivant, vous acceptez leur utilisation.'), 'site-chrome');
  assert.equal(promptKind('Etiquetas: empleo, industria'), 'tags');
  assert.equal(promptKind('© 2026 Gazeta do Vale. Todos os direitos reservados.'), 'copyright');
});

test('promptKind leaves the story\'s own sentences alone', () => {
  assert.equal(promptKind('Leer más libros es el objetivo del plan, dijo la ministra.'), null, 'no colon: a sentence');
  assert.equal(promptKind('Siga a la izquierda en la rotonda y luego recto durante dos kilómetros, indicó la policía.'), null);
  assert.equal(promptKind('Die Firma verkauft Cookies und Kuchen in zwölf Filialen.'), null, 'cookies without consent');
  assert.equal(promptKind('Der Newsletter des Ministeriums erschien am Montag mit neuen Zahlen.'), null, 'a newsletter named, not pitched');
});
