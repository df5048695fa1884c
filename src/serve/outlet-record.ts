import type { CopyHow } from '../model/index.ts';
import type { OutletStoryRows } from '../store/read-outlet.ts';

/** What one story tells of an outlet: its findings by kind, whether it ran the wire word for word, how early it was. */
export interface OutletStory {
  readonly story: string;
  /** The outlet's headline for it (its earliest article's). */
  readonly title: string | null;
  /** The outlet's earliest publication of it. */
  readonly published: string | null;
  readonly articles: number;
  /** Findings of the latest analysis on the outlet's articles, by kind (none when the story was never analysed). */
  readonly findings: Readonly<Record<string, number>>;
  /** How it ran the wire's text: word for word, its opening, all but a few words; null when it did not. */
  readonly wireCopy: CopyHow | null;
  /** It is the wire's own copy (the baseline). */
  readonly isWire: boolean;
  /** Its place among the story's dated outlets by first publication (1: first); null when undated. */
  readonly rank: number | null;
  readonly outlets: number;
  /** Hours after the story's first publication (0 when first). */
  readonly hoursAfterFirst: number | null;
  readonly analysis: number | null;
}

/** An outlet's record over every stored story it carries. */
export interface OutletRecord {
  readonly outlet: string;
  readonly stories: number;
  readonly articles: number;
  /** Findings on its articles over all stories, by kind. */
  readonly findings: Readonly<Record<string, number>>;
  /** Stories where it ran the wire's text word for word (or its opening, or all but a few words). */
  readonly wireRuns: number;
  /** Stories it published first, and those it published later (among dated outlets). */
  readonly first: number;
  readonly late: number;
  /** The median hours after a story's first publication, over the dated stories it was late on. */
  readonly medianHoursLate: number | null;
  /** Latest first. */
  readonly perStory: readonly OutletStory[];
}

/** The record of `outlet` (matched in any case) from the stories that carry it. */
export function outletRecord(outlet: string, stories: readonly OutletStoryRows[]): OutletRecord {
  const same = (name: string | null): boolean => name !== null && name.trim().toLowerCase() === outlet.trim().toLowerCase();
  const perStory = stories.map((s) => storyOf(s, same)).sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  const named = stories.flatMap((s) => s.articles).find((a) => same(a.outlet))?.outlet?.trim() ?? outlet;
  const findings: Record<string, number> = {};
  for (const s of perStory) for (const [kind, n] of Object.entries(s.findings)) findings[kind] = (findings[kind] ?? 0) + n;
  const late = perStory.filter((s) => s.rank !== null && s.rank > 1);
  return {
    outlet: named,
    stories: perStory.length,
    articles: perStory.reduce((n, s) => n + s.articles, 0),
    findings,
    wireRuns: perStory.filter((s) => s.wireCopy !== null).length,
    first: perStory.filter((s) => s.rank === 1).length,
    late: late.length,
    medianHoursLate: median(late.map((s) => s.hoursAfterFirst).filter((h): h is number => h !== null)),
    perStory,
  };
}

function storyOf(story: OutletStoryRows, same: (name: string | null) => boolean): OutletStory {
  const mine = story.articles.filter((a) => same(a.outlet));
  const published = mine.map((a) => a.published).filter((p): p is string => p !== null).sort()[0] ?? null;
  // each outlet (an unnamed article counts alone) by its first publication
  const firsts = new Map<string, number>();
  for (const a of story.articles) {
    if (a.published === null) continue;
    const key = a.outlet?.trim().toLowerCase() || `#${a.ref}`;
    const t = Date.parse(a.published);
    firsts.set(key, Math.min(firsts.get(key) ?? Infinity, t));
  }
  const start = Math.min(...firsts.values());
  const mineAt = published === null ? null : Date.parse(published);
  const an = story.analysis;
  const refs = new Set(an?.refs.filter((r) => same(r.outlet)).map((r) => r.ref) ?? []);
  const findings: Record<string, number> = {};
  for (const f of an?.findings ?? []) if (refs.has(f.article)) findings[f.kind] = (findings[f.kind] ?? 0) + 1;
  const wire = an?.baseline?.why === 'wire copy' ? an.baseline.article : null;
  return {
    story: story.key,
    title: mine.find((a) => a.published === published)?.title ?? mine[0]?.title ?? null,
    published,
    articles: mine.length,
    findings,
    wireCopy: wire === null ? null : wireCopyOf(wire, refs, an?.copies ?? []),
    isWire: wire !== null && refs.has(wire),
    rank: mineAt === null ? null : 1 + [...firsts.values()].filter((t) => t < mineAt).length,
    outlets: firsts.size,
    hoursAfterFirst: mineAt === null ? null : Math.round(((mineAt - start) / 3_600_000) * 10) / 10,
    analysis: an?.id ?? null,
  };
}

// How one of the outlet's articles (not the wire itself) ran the wire's text, by the copy group holding both.
function wireCopyOf(wire: string, refs: ReadonlySet<string>, groups: readonly { version: string; copies: readonly { article: string; how: CopyHow }[] }[]): CopyHow | null {
  for (const group of groups) {
    const members = new Map<string, CopyHow | 'version'>([[group.version, 'version'], ...group.copies.map((c) => [c.article, c.how] as const)]);
    if (!members.has(wire)) continue;
    for (const ref of refs) {
      if (ref === wire || !members.has(ref)) continue;
      const how = members.get(ref)!;
      return how === 'version' ? (members.get(wire) as CopyHow) : how;
    }
  }
  return null;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
