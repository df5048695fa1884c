import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { RoleTag } from '../tag/tag.ts';
import type { Change, View } from '../typers/change.ts';
import { ownWords, postsDiffer, sameHolder, toldAsAct, withField } from '../typers/type-entities.ts';
import { judgeReadings } from '../judge/judge-readings.ts';
import { findingsOf } from './check-slots.ts';
import { VAGUE_HEADS } from '../../lexicon/roles.ts';

/**
 * Roles, wherever the words sit: the same person given another title ("FVA secretary-general Joaquín Ferrer" /
 * "Joaquín Ferrer, president of the federation") or another rank of it ("head of mission" / "the mission's deputy
 * head"). A title moves from before the name to after it between rewrites, so the slots of one place cannot see it.
 */
export function checkRoles(col: Collation): Finding[] {
  const items: View[] = col.variants.filter((v) => v.tags.some((t) => t.kind === 'role')).map((v) => ({ v, from: 0, to: v.tokens.length }));
  const out: Finding[] = [];
  for (const d of judgeReadings(col, items, compareRoles)) out.push(...findingsOf(col, d));
  return out;
}

function compareRoles(base: View, other: View): Change[] {
  const theirs = base.v.tags.filter((t): t is RoleTag => t.kind === 'role');
  const differs = (a: RoleTag, b: RoleTag): boolean => postsDiffer(base, a, other, b);
  for (const b of other.v.tags.filter((t): t is RoleTag => t.kind === 'role')) {
    // the roles the base gives the same person; a courtesy title ("Dr") answers only another
    const same = theirs.filter((a) => !a.courtesy === !b.courtesy && sameHolder(base, a, other, b));
    // a person with two titles keeps both: one the base gives anywhere, alike, answers ("the lead author and head of ...")
    if (same.length === 0 || theirs.some((a) => !differs(a, b) && (a.rank ?? '') === (b.rank ?? ''))) continue;
    const a = same.find((x) => differs(x, b));
    // (a title the other wording tells as what the person does, "who chairs the committee", is a second description)
    if (a && (toldAsAct(other, b, base) || toldAsAct(base, a, other))) continue;
    if (a) {
      return [{ kind: 'entity', type: 'role-changed', severity: 'medium', here: withField(other, b, ownWords(other, b, base, a)), there: withField(base, a, ownWords(base, a, other, b)), explain: (h, t, says) => `calls them "${h}" where ${says('say')} "${t}"`, actual: b.key, expected: a.key }];
    }
    // a role told with fewer words ("minister" / "finance minister") at another rank is still another rank; a vague
    // word ("official", "expert") tells no rank to set against another ("ministry official" / "deputy department head")
    const vague = (t: RoleTag): boolean => VAGUE_HEADS.has(t.key.split(' ').pop() ?? '');
    const r = vague(b) ? undefined : same.find((x) => !differs(x, b) && (x.rank ?? '') !== (b.rank ?? '') && !vague(x));
    if (!r) continue;
    return [{ kind: 'entity', type: 'rank-changed', severity: 'medium', here: { from: b.from, to: b.to }, there: { from: r.from, to: r.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: b.rank ?? 'none', expected: r.rank ?? 'none' }];
  }
  return [];
}
