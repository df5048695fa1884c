import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import { lower, type Change } from '../typers/change.ts';

/** A wording judged to depart from the baseline, with the changes that say how. */
export interface Departure<T> {
  readonly member: T;
  /** The baseline reading the changes are told against. */
  readonly base: T;
  readonly changes: readonly Change[];
  /** The readings that see these changes in the member (the source alone, when the source decides). */
  readonly witnesses: readonly T[];
  /** Other readings that depart the same way. */
  readonly agreeing: readonly T[];
  /** "source": against the wording the others derive from; "majority": against most; "pair": one against one. */
  readonly via: 'source' | 'majority' | 'pair';
  /** The reading each change (same order) was told against, where it is not `base` (its words are that reading's). */
  readonly readBy?: readonly T[];
  /** The comparison the departure was judged by, each pair of readings compared once (what one reading sees in another). */
  readonly seen: (base: T, other: T) => readonly Change[];
}

/** How a check's comparison reads the wordings. */
export interface JudgeOptions<T> {
  /** What of a reading the comparison reads: a reading with the source's key sees what the source sees. */
  readonly readingKey?: (item: T) => string;
}

/** With a single witness, the two wordings must share this much of the longer one to be judged at all. */
export const PAIR_SIMILARITY = 0.4;
/** With a single witness, a change that marks its own side needs this much of the shorter wording shared. */
const TIED_OVERLAP = 0.5;
/** Below this, a wording is too far from the source's to be judged against it when others depart alike. */
const SOURCE_SIMILARITY = 0.3;
/** Witnesses each wording is read against, at most. */
const MAX_WITNESSES = 12;

/**
 * Judge each change of each reading on its own. Every reading is read against every other; a change of reading m
 * is seen by the readings whose comparison with m names it (same type, same words of m). It departs when the
 * source sees it (the source decides, where it tells this part); else when two or more readings see it and they
 * outnumber the readings that depart the same way with m; one wording against one, only the later or less-sourced
 * side takes a change both see, and a change one side alone shows marks that side. A reading that leaves the part
 * out sees nothing and departs in nothing: it has no vote.
 */
export function judgeReadings<T extends { readonly v: Variant }>(col: Collation, items: readonly T[], compare: (base: T, other: T) => Change[], options: JudgeOptions<T> = {}): Departure<T>[] {
  if (items.length < 2) return [];
  // (each ordered pair of readings by its places: r * items + m)
  const memo = new Map<number, Change[]>();
  const place = new Map<T, number>(items.map((x, k) => [x, k]));
  const seen = (r: T, m: T): Change[] => {
    const from = place.get(r);
    const to = place.get(m);
    if (from === undefined || to === undefined) return compare(r, m);
    const key = from * items.length + to;
    let hit = memo.get(key);
    if (!hit) {
      hit = compare(r, m);
      memo.set(key, hit);
    }
    return hit;
  };
  // company only: a wording judged in another part departs in nothing here
  const judged = (m: T): boolean => col.judged === undefined || col.judged.has(m.v.index);
  if (items.length === 2) return judgePair(col, items[0]!, items[1]!, seen).filter((d) => judged(d.member));
  const source = items.find((x) => x.v.index === col.source);
  const out: Departure<T>[] = [];
  // in a claim carried by very many wordings, each is read against a spread sample of the others (the source and
  // the reference always among them), so the cost stays linear in the wordings
  const sample = (m: T): T[] => {
    const rest = items.filter((r) => r !== m);
    if (rest.length <= MAX_WITNESSES) return rest;
    const keep = rest.filter((r) => r === source || r.v.index === col.reference);
    // evenly spaced picks, then the first not yet taken (spaced picks can land on the ones already kept)
    const step = rest.length / (MAX_WITNESSES - keep.length);
    for (let i = 0; i * step < rest.length && keep.length < MAX_WITNESSES; i++) {
      const r = rest[Math.floor(i * step)]!;
      if (!keep.includes(r)) keep.push(r);
    }
    for (const r of rest) {
      if (keep.length >= MAX_WITNESSES) break;
      if (!keep.includes(r)) keep.push(r);
    }
    return keep;
  };
  // a reading the source's own (as the comparison reads it) sees what the source sees and departs in nothing:
  // verbatim copies (most of a widely syndicated story) need no judging
  const keyOf = options.readingKey;
  const sourceKey = source && keyOf ? keyOf(source) : null;
  for (const m of items) {
    if (m === source || !judged(m)) continue;
    if (sourceKey !== null && keyOf!(m) === sourceKey) continue;
    const others = sample(m);
    const changes: Change[] = [];
    let witnesses: T[] = [];
    let agreeing: T[] = [];
    let base: T | undefined;
    let via: Departure<T>['via'] = 'majority';
    const readBy: T[] = [];
    for (const k of distinctChanges(others.flatMap((r) => seen(r, m)))) {
      const seers = others.filter((r) => seen(r, m).some((c) => sameChange(c, k)));
      // readings the seers see departing the same way as m: m's company, not its judges
      const agreers = others.filter((r) => !seers.includes(r) && seers.some((s) => seen(s, r).some((c) => c.type === k.type)));
      const sourceSees = source !== undefined && seers.includes(source);
      const sourceAgrees = source !== undefined && agreers.includes(source);
      let flagged: boolean;
      const detail = k.kind === 'detail_added' || k.kind === 'detail_dropped';
      // a detail the source alone carries, that most versions leave out, is the common trimming of wire copy (a
      // caveat or condition of its own clause is not: without it the claim says more)
      if (sourceSees && detail && agreers.length >= seers.length && !k.clause) flagged = false;
      else if (sourceSees) {
        // the source alone against several that agree: trust it only where the wordings line up
        flagged = !(agreers.length >= 1 && col.similarity(m.v.index, source.v.index) < SOURCE_SIMILARITY);
        via = 'source';
      } else if (sourceAgrees) flagged = false;
      else if (seers.length === 1 && agreers.length === 0) {
        // one reading alone sees it, the others leaving the part out: enough when it is the claim's reference (the
        // wording most central to all) or the change marks its own side (read the other way, nothing differs there),
        // and the two are worded closely
        const [s] = seers as [T];
        const mirrored = seen(m, s).some((c) => c.kind === k.kind);
        // (a detail added or dropped is what is left when nothing names a change: it needs more than one witness)
        const close = col.similarity(m.v.index, s.v.index) >= PAIR_SIMILARITY || (!mirrored && col.overlap(m.v.index, s.v.index) >= TIED_OVERLAP);
        flagged = !detail && (s.v.index === col.reference || !mirrored) && close;
      } else flagged = seers.length >= 2 && seers.length > agreers.length + 1;
      if (!flagged) continue;
      const first = sourceSees ? source! : seers.find((s) => s.v.index === col.reference) ?? seers[0]!;
      base ??= first;
      const fromBase = seen(base, m).find((c) => sameChange(c, k));
      const told = fromBase ?? seen(first, m).find((c) => sameChange(c, k))!;
      changes.push(agreers.length > 0 && !sourceSees ? { ...told, severity: lower(told.severity) } : told);
      readBy.push(fromBase ? base : first);
      if (seers.length > witnesses.length) witnesses = sourceSees ? [source!] : seers;
      if (agreers.length > agreeing.length) agreeing = agreers;
    }
    if (changes.length > 0 && base) out.push({ member: m, base, changes, witnesses, agreeing, via, readBy, seen });
  }
  return out;
}

// One wording against one: the source's, where one is; else a change both see is the later or less-sourced side's;
// a change seen one way only marks its own side (a coarser date, a loaded word). Loosely matched wordings of two
// outlets disagree by accident: ask for close wording.
function judgePair<T extends { readonly v: Variant }>(col: Collation, a: T, b: T, seen: (r: T, m: T) => Change[]): Departure<T>[] {
  const ab = seen(a, b);
  const ba = seen(b, a);
  if (ab.length === 0 && ba.length === 0) return [];
  // the source and one other wording (or a headline against its story): the source decides, as it does among many
  // where no other wording departs alike, however far the wording strays
  const source = a.v.index === col.source ? a : b.v.index === col.source ? b : null;
  if (source) {
    const member = source === a ? b : a;
    const changes = seen(source, member);
    return changes.length ? [{ member, base: source, changes, witnesses: [source], agreeing: [], via: 'source', seen }] : [];
  }
  const oneSided = (ab.length > 0) !== (ba.length > 0);
  if (col.similarity(a.v.index, b.v.index) < PAIR_SIMILARITY && !(oneSided && col.overlap(a.v.index, b.v.index) >= TIED_OVERLAP)) return [];
  const [member, base] = oneSided ? (ab.length > 0 ? [b, a] : [a, b]) : takesFlag(a.v, b.v) ? [a, b] : [b, a];
  const changes = seen(base, member).map((x) => ({ ...x, severity: lower(x.severity) }));
  return changes.length ? [{ member, base, changes, witnesses: [base], agreeing: [], via: 'pair', seen }] : [];
}

// Two readings name the same change of a wording: one type, overlapping words (or the same place, for words left out).
function sameChange(a: Change, b: Change): boolean {
  if (a.type !== b.type) return false;
  if (a.here.span && b.here.span) return a.here.span.start < b.here.span.end && b.here.span.start < a.here.span.end;
  const x = a.here;
  const y = b.here;
  return x.from === x.to || y.from === y.to ? Math.abs(x.from - y.from) <= 1 : x.from < y.to && y.from < x.to;
}

function distinctChanges(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) if (!out.some((x) => sameChange(x, c))) out.push(c);
  return out;
}

/** Of two wordings that differ, the one that takes the flag: less sourced, then later published, then later in the bundle. */
export function takesFlag(v: Variant, o: Variant): boolean {
  const credits = (x: Variant): number => x.tags.filter((t) => t.kind === 'credit').length;
  if (credits(v) !== credits(o)) return credits(v) < credits(o);
  const a = v.article.published ? Date.parse(v.article.published) : NaN;
  const b = o.article.published ? Date.parse(o.article.published) : NaN;
  if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return a > b;
  if (Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(a);
  return v.tagged.order > o.tagged.order;
}
