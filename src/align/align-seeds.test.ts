import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../model/index.ts';
import { alignClaims, type AlignOptions } from './align-claims.ts';
import { seedArticles, seedMentions } from './_seed-articles.ts';
import { contentTerms } from './content-terms.ts';

// The founding case (../shared/seeds): five outlets' rewrites of one wire story. Patterns, not copied text.
const KILLED = /\b32\b[^.]*\b(killed|death)|\b(killed|death)[^.]*\b32\b/;

async function seedClaims(options: AlignOptions): Promise<{ claims: Claim[]; ids: string[] }> {
  const articles = seedArticles();
  return { claims: await alignClaims(articles, seedMentions(articles), options), ids: articles.map((a) => a.id) };
}

for (const [name, options] of [['wording alone', { embedBudget: 0 }], ['with the sentence encoder', {}]] as const) {
  test(`the "32 killed" report is one claim carried by all five seeds (${name})`, async () => {
    const { claims, ids } = await seedClaims(options);
    const carrying = claims.filter((c) => c.support.some((s) => KILLED.test(s.text)));
    assert.ok(carrying.length >= 1);
    const main = [...carrying].sort((a, b) => b.articles.length - a.articles.length)[0]!;
    assert.deepEqual([...main.articles].sort(), ids);
    const withNumber = main.support.filter((s) => KILLED.test(s.text)).length;
    assert.ok(withNumber >= 4, `only ${withNumber} variants mention the 32 killed`);
  });

  test(`claims the seeds share are found across outlets (${name})`, async () => {
    const { claims } = await seedClaims(options);
    const wide = claims.filter((c) => c.articles.length >= 3);
    assert.ok(wide.length >= 8, `only ${wide.length} claims carried by three or more outlets`);
    // Each variant shares wording with the representative one: no claim is a chain of unrelated sentences.
    for (const claim of wide) {
      const core = new Set(contentTerms(claim.text));
      for (const span of claim.support) {
        const shared = contentTerms(span.text).filter((t) => core.has(t)).length;
        assert.ok(shared >= 2, `"${span.text}" shares ${shared} words with "${claim.text}"`);
      }
    }
  });

  test(`the outlet that drops "other sources" from an uncertainty joins the claim that keeps them (${name})`, async () => {
    const { claims } = await seedClaims(options);
    const unclear = claims.filter((c) => c.support.some((s) => /\bunclear whether\b/.test(s.text)));
    const main = [...unclear].sort((a, b) => b.articles.length - a.articles.length)[0]!;
    assert.ok(main.support.every((s) => /\bunclear whether\b/.test(s.text)), main.support.map((s) => s.text).join('\n'));
    assert.ok(main.articles.length >= 3, `only ${main.articles.join(', ')} tell the uncertainty together`);
  });
}
