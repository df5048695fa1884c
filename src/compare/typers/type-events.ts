import { tagsIn, type Change, type View } from './change.ts';

/**
 * Events: verbs on the two sides of a rival pair ("suspended" / "called off", "left" / "travelled between"), a
 * quantity said to change where the other says it held steady, or a party's answer told as another ("denied the
 * report" / "declined to comment").
 */
export function typeEvents(base: View, other: View): Change[] {
  const theirs = tagsIn(base, 'event');
  const mine = tagsIn(other, 'event');
  for (const b of mine) {
    for (const a of theirs) {
      const rival = b.rivals.find((r) => a.rivals.some((s) => s.split(':')[0] === r.split(':')[0] && s !== r));
      const shared = a.groups.some((g) => b.groups.includes(g));
      const motion = a.motion && b.motion && a.motion !== b.motion;
      const response = a.response && b.response && a.response !== b.response;
      if ((rival && !shared) || motion || response) {
        const what = response ? 'answer' : motion ? 'account of the change' : 'event';
        return [{
          kind: 'meaning', type: response ? 'response-changed' : motion ? 'change-contradicted' : 'event-swapped', severity: 'high',
          here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to },
          explain: (h, t, says) => `"${h}" tells another ${what} than ${says('tell')}: "${t}"`, actual: b.lemma, expected: a.lemma,
        }];
      }
    }
  }
  return [];
}
