import type { Article, AttributionMention, Mention, Origin, Span } from '../model/index.ts';
import { WIRE_NAMES } from '../lexicon/wires.ts';
import { nameOf, tidy } from './origin-name.ts';
import { referSources } from './refer-source.ts';
import { isAcronymOf } from '../text/acronym.ts';
import { CREDIT_CONTEXT, REPORTING_CUES, SOURCE_NOUNS } from './wire-names.ts';

type Kind = Origin['kind'];

interface Group {
  kind: Kind;
  names: Map<string, number>;
  evidence: Span[];
}

// Wires first (the story's likely origin), then the outlets and documents credited, then people.
const rank = (kind: Kind): number => (kind === 'wire' ? 0 : kind === 'outlet' ? 1 : kind === 'document' ? 2 : 3);

/**
 * Who the articles credit: one origin per distinct source, with every span that credits it; wires
 * first. A back-reference ("two of the officials", "the report") counts for the source that
 * introduced it earlier in the same article (see referSources).
 */
export function traceOrigins(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): Origin[] {
  const groups = new Map<string, Group>();
  // each group's evidence by article: an overlap is looked for among one article's spans, not among every article's
  // (a source thousands of copies credit)
  const held = new Map<Group, Map<string, Span[]>>();
  const add = (key: string, kind: Kind, name: string, span: Span): void => {
    const g = groups.get(key) ?? { kind, names: new Map<string, number>(), evidence: [] };
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    let byArticle = held.get(g);
    if (!byArticle) held.set(g, (byArticle = new Map()));
    const own = byArticle.get(span.article);
    if (!own?.some((e) => e.start < span.end && span.start < e.end)) {
      g.evidence.push(span);
      if (own) own.push(span);
      else byArticle.set(span.article, [span]);
    }
    groups.set(key, g);
  };
  for (const article of articles) {
    const credits = (mentions.get(article.id) ?? []).filter(
      (m): m is AttributionMention => m.kind === 'attribution' && m.sourceType !== 'unspecified' && !m.key.startsWith('pronoun:'),
    );
    // Every credit is read in order, credible or not: an uncredited "a preliminary engineering report found" still
    // introduces the report a later "the report said" points back to.
    const refs = referSources(credits);
    credits.forEach((m, i) => {
      const ref = refs[i]!;
      if (credible(m)) add(ref.key, ref.kind, ref.name, creditSpan(article, m));
    });
    for (const { key, name, span } of wireCredits(article)) add(`wire:${key}`, 'wire', name, span);
  }
  mergeNamedPeople(groups);
  mergeAcronyms(groups);
  const origins: Origin[] = [...groups.values()].map((g) => ({
    name: bestName(g.names, g.kind),
    kind: g.kind,
    articles: [...new Set(g.evidence.map((e) => e.article))],
    evidence: [...g.evidence].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start),
  }));
  return origins.sort(
    (a, b) => rank(a.kind) - rank(b.kind) || b.articles.length - a.articles.length || b.evidence.length - a.evidence.length || a.name.localeCompare(b.name),
  );
}

// An origin must read as one: a reporting verb, and a source that names or describes someone.
function credible(m: AttributionMention): boolean {
  if (!m.cue.text.toLowerCase().split(/\s+/).some((w) => REPORTING_CUES.has(w))) return false;
  const words = tidy(m.source.text).split(/\s+/);
  if (m.sourceType === 'named') {
    // A lowercase phrase names someone only when plain descriptors lead up to the name ("spokeswoman Ines
    // Marlowe"); after a preposition the name is a place or date inside a description ("reports ... in January").
    const name = nameOf(m);
    const before = m.source.text.slice(0, Math.max(0, m.source.text.indexOf(name)));
    const led = /^\p{Lu}/u.test(m.source.text) || !/\b(?:of|in|at|on|for|from|to|with|by|after|before|following|during|since)\b/i.test(before);
    return words.length <= 8 && /^\p{Lu}/u.test(name) && led;
  }
  if (m.sourceType === 'described') return words.some((w) => SOURCE_NOUNS.has(w.toLowerCase()));
  return true;
}

function creditSpan(article: Article, m: AttributionMention): Span {
  const start = Math.min(m.source.start, m.cue.start);
  const end = Math.max(m.source.end, m.cue.end);
  return { article: article.id, start, end, text: article.text.slice(start, end) };
}

// Each written form of each wire, matched case-sensitively on word boundaries: compiled once, not once per article, and
// only when a text first holds the form (compiling all of them as the module loaded took ~70 ms of every run).
const WIRE_FORMS: { readonly wire: (typeof WIRE_NAMES)[number]; readonly form: string; re?: RegExp }[] = WIRE_NAMES.flatMap((wire) => wire.forms.map((form) => ({ wire, form })));
const formPattern = (f: (typeof WIRE_FORMS)[number]): RegExp =>
  f.re ??= new RegExp(`(?<![\\p{L}\\p{N}])${f.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');

// A wire named in a crediting context ("an investigation published by Reuters") counts even when no attribution was read.
function wireCredits(article: Article): { key: string; name: string; span: Span }[] {
  const out: { key: string; name: string; span: Span }[] = [];
  for (const f of WIRE_FORMS) {
    const { wire, form } = f;
    // most texts name few wires: a form the text does not hold at all is not searched for
    if (!article.text.includes(form)) continue;
    for (const m of article.text.matchAll(formPattern(f))) {
      const start = m.index ?? 0;
      const end = start + form.length;
      const before = article.text.slice(Math.max(0, start - 40), start);
      const after = article.text.slice(end, end + 25);
      if (!CREDIT_CONTEXT.test(before.split(/[.!?]\s/).pop() ?? '') && !CREDIT_CONTEXT.test(after.split(/[.!?]\s/)[0] ?? '')) continue;
      out.push({ key: wire.key, name: wire.name, span: { article: article.id, start, end, text: form } });
    }
  }
  return out;
}

// "Okafor" and "Ruth Okafor" are one person: fold a named source into the fuller name sharing its surname.
function mergeNamedPeople(groups: Map<string, Group>): void {
  const named = [...groups.entries()].filter(([, g]) => g.kind === 'named');
  for (const [key, g] of named) {
    const words = key.slice('named:'.length).split(' ');
    const last = words[words.length - 1];
    const target = named.find(([k]) => k !== key && groups.has(k) && k.length > key.length && k.slice('named:'.length).split(' ').pop() === last);
    if (!target || !last || last.length < 3) continue;
    const into = groups.get(target[0])!;
    for (const [n, c] of g.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
    foldEvidence(into, g);
    groups.delete(key);
  }
}

// The other group's spans the group lacks (by article and start) join its evidence.
function foldEvidence(into: Group, from: Group): void {
  const have = new Set(into.evidence.map((x) => `${x.article}\u0001${x.start}`));
  for (const e of from.evidence) if (!have.has(`${e.article}\u0001${e.start}`)) into.evidence.push(e);
}

// "EMI" and "the Estravan Meteorological Institute" are one body: fold a named source whose name is the acronym of
// another's into it (the fuller name stays the origin's name).
function mergeAcronyms(groups: Map<string, Group>): void {
  const named = [...groups.entries()].filter(([, g]) => g.kind === 'named');
  for (const [key, g] of named) {
    const short = key.slice('named:'.length);
    const target = named.find(([k]) => k !== key && groups.has(k) && isAcronymOf(short, k.slice('named:'.length)));
    if (!target) continue;
    const into = groups.get(target[0])!;
    // the acronym is a form of the name, never the name the origin goes by
    for (const [n] of g.names) if (!into.names.has(n)) into.names.set(n, 0);
    foldEvidence(into, g);
    groups.delete(key);
  }
}

// A person goes by the fullest name the articles give ("Amara Okonkwo", however often "Okonkwo" said);
// anyone else by the wording used most.
function bestName(names: ReadonlyMap<string, number>, kind: Kind): string {
  const words = (name: string): number => (kind === 'named' ? name.split(/\s+/).length : 0);
  return [...names.entries()].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? '';
}
