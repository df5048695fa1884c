import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeToken } from './normalize-token.ts';

const same = (a: string, b: string): void => assert.equal(normalizeToken(a), normalizeToken(b), `${a} / ${b}`);
const differ = (a: string, b: string): void => assert.notEqual(normalizeToken(a), normalizeToken(b), `${a} / ${b}`);

test('number words, digits, ordinals and thousands separators meet', () => {
  same('thirty-two', '32');
  same('Eleven', '11');
  same('3rd', '3');
  same('1,200', '1200');
  differ('32', '23');
});

test('spelling variants, abbreviations and aliases meet', () => {
  for (const [a, b] of [['advisors', 'advisers'], ['U.S.', 'US'], ['organisation', 'organization'], ['travelled', 'traveled'], ['colour', 'color'], ['Jan.', 'January'], ['centre', 'center'], ['defence', 'defense'], ['analysed', 'analyzed'], ['cancelled', 'canceled'], ['%', 'percent'], ['Rodríguez', 'Rodriguez'], ['Cuba’s', 'Cuba'], ['neighbourhoods', 'neighborhoods'], ['sulphur', 'sulfur']]) {
    same(a!, b!);
  }
});

test('neutral reporting verbs meet, loaded ones do not', () => {
  same('said', 'told');
  same('stated', 'says');
  differ('said', 'claimed');
});

test('different words stay apart', () => {
  for (const [a, b] of [['oil', 'maritime'], ['suspended', 'cancelled'], ['killed', 'filled'], ['hour', 'her']]) differ(a!, b!);
});

test("a spelling variant's regular inflections meet its variant's", () => {
  for (const [a, b] of [['ploughs', 'plows'], ['ploughed', 'plowed'], ['ploughing', 'plowing'], ['licences', 'licenses'], ['not-for-profit', 'nonprofit']]) same(a!, b!);
  // another word for a thing inflects as a word of its own ("press" / "news"), and a clipped word keeps its ending
  differ('pressed', 'news');
  assert.equal(normalizeToken('pressed'), 'pressed');
});
