import type { Article, BaselineUsed } from '../model/index.ts';
import { AGENCY_NAME_ENDINGS, WIRE_NAMES } from '../lexicon/wires.ts';
import { isAcronymOf } from '../text/acronym.ts';
import { datelineCredit } from '../text/wire-dateline.ts';
import { comparePublished } from '../model/published.ts';

/**
 * What the others' wordings are judged against: the story's origin as the evidence shows it (the default: the wire's
 * copy, else the earliest version when the evidence says the others took their text from it, else the majority), the
 * wire's copy only, the earliest version, the majority, or one article.
 */
export type Baseline = 'origin' | 'wire' | 'earliest' | 'majority' | { readonly article: string };

type Wire = (typeof WIRE_NAMES)[number];

// Every wire's written forms, longest first, matched as the lexicon says: case-sensitively, as whole words
const FORMS = WIRE_NAMES.flatMap((w) => [w.name, ...w.forms].map((form) => ({ form, wire: w }))).sort((a, b) => b.form.length - a.form.length);
const WIRE_FORM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FORMS.map((f) => f.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const BY_FORM = new Map(FORMS.map((f) => [f.form, f.wire]));
const BY_LOWER = new Map(FORMS.map((f) => [f.form.toLowerCase(), f.wire]));

/**
 * The wire agency an outlet is, when its name is a wire's name or forms and nothing else ("Reuters", "The Associated
 * Press", "dpa Deutsche Presse-Agentur"); a paper named after one ("Reuters Daily") is none.
 */
export function wireOf(outlet: string | null): Wire | null {
  if (outlet === null) return null;
  const name = outlet.trim();
  const same = BY_LOWER.get(name.toLowerCase());
  if (same) return same;
  const found = [...name.matchAll(WIRE_FORM)].map((m) => BY_FORM.get(m[0])!);
  const rest = name.replace(WIRE_FORM, ' ').replace(/\bthe\b/gi, '');
  return found.length > 0 && new Set(found).size === 1 && !/\p{L}/u.test(rest) ? found[0]! : null;
}

/**
 * The article the others derive from, or none to judge by the majority, by the mode asked: "wire" (and "origin",
 * which `chooseBaseline` settles with the evidence of credits and copying; here without it) takes the wire's own copy
 * (the earliest if the bundle holds several), else none; "earliest" takes the first published version; an article the
 * user names is taken as it is; a baseline already chosen is kept.
 */
export function chooseSource(articles: readonly Article[], baseline: Baseline | BaselineUsed = 'origin'): BaselineUsed {
  if (typeof baseline === 'object' && 'mode' in baseline) return baseline;
  if (typeof baseline === 'object') {
    const chosen = articles.find((a) => a.id === baseline.article);
    return { mode: 'article', article: chosen?.id ?? null, label: chosen ? `the chosen baseline (${nameOf(chosen)})` : null, reason: chosen ? 'chosen with --baseline' : 'the chosen baseline is not among the versions compared' };
  }
  if (baseline === 'majority') return { mode: 'majority', article: null, label: null, reason: 'most outlets, as asked' };
  if (baseline === 'earliest') {
    const first = earliestOf(articles);
    return { mode: 'earliest', article: first?.id ?? null, label: first ? `the earliest version (${nameOf(first)})` : null, reason: first ? 'the earliest version, as asked' : 'no version is dated' };
  }
  const pool = articles.filter((a) => wireOf(a.outlet) !== null || agencyCopy(a));
  const wire = earliestOf(pool) ?? (pool.length === 1 ? pool[0] : undefined);
  return wire
    ? { mode: 'wire', article: wire.id, label: `the ${wireLabel(wire.outlet!)} wire`, reason: 'wire copy' }
    : { mode: 'wire', article: null, label: null, reason: 'the bundle holds no wire copy' };
}

const AGENCY_NAME = new RegExp(`(?:^|\\s)(?:${AGENCY_NAME_ENDINGS.join('|')})$`, 'i');

/**
 * An agency's own copy, of an agency the lexicon does not list: its outlet is named as an agency is ("Cardessan News
 * Agency", "Trevanne Press Association"), or its dateline credits the outlet itself, by name or by initials
 * ("LORISTON, March 14 (CNA) -" in the Cardessan News Agency's copy; "(Strandwire) -" in Strandwire's), as only the
 * agency's own copy does (a paper running it is another outlet).
 */
export function agencyCopy(a: Article): boolean {
  const outlet = a.outlet?.trim().replace(/^the\s+/i, '');
  if (!outlet) return false;
  if (AGENCY_NAME.test(outlet)) return true;
  const credit = datelineCredit(a.text);
  return credit !== null && (credit.toLowerCase() === outlet.toLowerCase() || isAcronymOf(credit, outlet));
}

/** The first published of some articles (the first in the bundle among those published at once), or none dated. */
export function earliestOf(articles: readonly Article[]): Article | undefined {
  return datedOf(articles)[0];
}

/** The articles with a date, first published first (a day-only date by its day; the bundle's order on a tie). */
export function datedOf(articles: readonly Article[]): Article[] {
  return articles.filter((a) => a.published !== null && !Number.isNaN(Date.parse(a.published))).sort((a, b) => comparePublished(a.published, b.published));
}

// How a wire outlet is named in findings: as the outlet reads ("Reuters"), or by the agency's name when the outlet
// joins several of its forms ("dpa Deutsche Presse-Agentur" -> "dpa")
function wireLabel(outlet: string): string {
  const plain = outlet.replace(/^the\s+/i, '');
  return BY_LOWER.has(outlet.trim().toLowerCase()) ? plain : (wireOf(outlet)?.name ?? plain);
}

/** An article's outlet, else its file or address. */
export function nameOf(a: Article): string {
  return a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.id;
}
