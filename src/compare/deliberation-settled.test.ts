// A thing under consideration told as settled ("would consider a review" / "will order a review") is a hedge weakened;
// "consider" in the sense of "regard" ("experts consider it unlikely") and a plan told as a plan are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';

test('"would consider" or "would propose" told with a plain "will" is flagged', () => {
  const consider = 'Commissioner Anton Breck said he would consider an independent review of the service.';
  const order = flags({ [WIRE]: consider, b: 'Commissioner Anton Breck said he will order an independent review of the service.', c: consider });
  assert.ok(order.some((f) => f.startsWith('b hedge')), order.join('\n'));
  const propose = 'The minister said the government would propose tougher penalties for arson.';
  const introduce = flags({ [WIRE]: propose, b: 'The minister said the government will introduce tougher penalties for arson.', c: propose });
  assert.ok(introduce.some((f) => f.startsWith('b hedge')), introduce.join('\n'));
});

test('"consider" as "regard", and deliberation kept in other words, are not flagged', () => {
  const regard = 'Lawyers said an award of that size was unlikely, the court heard.';
  const consider = flags({ [WIRE]: regard, b: 'Lawyers consider an award of that size unlikely, the court heard.', c: regard });
  assert.deepEqual(consider.filter((f) => f.includes(' hedge ')), [], consider.join('\n'));
  const weigh = 'Commissioner Anton Breck said he would consider an independent review of the service.';
  const weighing = flags({ [WIRE]: weigh, b: 'Commissioner Anton Breck said he was weighing an independent review of the service.', c: weigh });
  assert.deepEqual(weighing.filter((f) => f.includes(' hedge ') || f.includes(' meaning ')), [], weighing.join('\n'));
});
