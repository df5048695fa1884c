import type { Removed } from '../../model/index.ts';
import { NOISE_RULES, type NoiseRule } from './noise-rules.ts';
import { summarise } from './summarise.ts';
import { textBlocks } from './text-blocks.ts';

// An element holding this share of the page's paragraph text is the article (or wraps it), whatever
// its class says: pages put "related" or "share" on the body or the main column.
const GUARD_SHARE = 0.3;
// Pages without <p> markup (text split by <br>) are guarded by their share of all visible text instead.
const GUARD_TEXT_SHARE = 0.5;
const FEW_PARAGRAPH_CHARS = 1000;
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);
const PROTECTED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'BLOCKQUOTE']);
const ARTICLE_MARK = 'article, main, [itemprop="articleBody"]';
// Embedded posts and quotes carry the story's own material even inside "social" wrappers.
const EMBED = /^(embed|embedded|tweet|twitter|instagram|blockquote|quote)$/;

/**
 * Drop invisible elements and sum paragraph characters under each element, in one walk (linkedom's
 * selectors are slow): each element's sum is its own paragraph text plus its children's sums, so the
 * walk stays linear however deep the paragraphs sit.
 */
function survey(body: Element): Map<Element, number> {
  const chars = new Map<Element, number>();
  const walk = (el: Element): number => {
    let sum = 0;
    for (let child = el.firstElementChild; child; ) {
      const next = child.nextElementSibling;
      const tag = child.tagName.toUpperCase();
      if (INVISIBLE.has(tag)) child.remove();
      else {
        const n = walk(child) + (tag === 'P' ? (child.textContent ?? '').trim().length : 0);
        if (n > 0) chars.set(child, n);
        sum += n;
      }
      child = next;
    }
    return sum;
  };
  const total = walk(body);
  if (total > 0) chars.set(body, total);
  return chars;
}

function nameTokens(el: Element): string[] {
  // camelCase names split too: "newsCaption" is a caption, "shareBar" a share bar.
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return names.split(/[\s_-]+/).filter(Boolean);
}

function ruleFor(el: Element, tag: string, rules: readonly NoiseRule[]): NoiseRule | undefined {
  const tokens = nameTokens(el);
  if (tokens.some((t) => EMBED.test(t))) return undefined;
  const role = el.getAttribute('role');
  return rules.find((rule) =>
    rule.tags?.includes(tag) ||
    (role !== null && rule.roles?.includes(role)) ||
    (rule.names !== undefined && tokens.some((t) => rule.names?.test(t))) ||
    rule.test?.(el));
}

/**
 * Remove page furniture (navigation, footers, captions, share bars, ads, teasers, bylines) from a parsed
 * page before the main-text search, so it can neither be picked nor mixed in. Mutates `document`;
 * returns what was removed and why.
 */
export function removeNoise(document: Document, rules: readonly NoiseRule[] = NOISE_RULES): Removed[] {
  const body = document.body ?? document.documentElement;
  if (!body) return [];
  const pChars = survey(body);
  const total = pChars.get(body) ?? 0;
  const totalText = total < FEW_PARAGRAPH_CHARS ? (body.textContent ?? '').length : 0;
  const removed: Removed[] = [];
  const dropped: Element[] = [];
  const visit = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    const rule = PROTECTED.has(tag) ? undefined : ruleFor(el, tag, rules);
    if (rule && !((total > 0 && (pChars.get(el) ?? 0) > GUARD_SHARE * total) ||
        (total < FEW_PARAGRAPH_CHARS && (el.textContent ?? '').length > GUARD_TEXT_SHARE * totalText) ||
        el.querySelector(ARTICLE_MARK))) {
      dropped.push(el);
      // Block-aware text, so a menu reads "Home · Local" rather than "HomeLocal".
      const text = summarise(textBlocks(el).map((b) => b.text).join(' · '));
      if (text) removed.push({ text, reason: rule.reason });
      return; // nothing inside a dropped element needs a verdict of its own
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  for (let child = body.firstElementChild; child; child = child.nextElementSibling) visit(child);
  for (const el of dropped) el.remove();
  return removed;
}
