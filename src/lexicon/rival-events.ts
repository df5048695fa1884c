/**
 * Events that exclude each other, as data (lemmas): a version reporting one side where the others report
 * the other tells a different story ("suspended" vs "cancelled", "left" vs "travelled between").
 */
export const RIVAL_EVENTS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['suspend', 'pause', 'halt', 'freeze', 'postpone', 'delay', 'defer', 'stall', 'mothball'], ['cancel', 'scrap', 'axe', 'abandon', 'scrub', 'terminate', 'kill', 'shelve', 'ditch', 'annul', 'overturn', 'quash', 'invalidate']],
  [['leave', 'depart', 'exit', 'withdraw', 'return', 'flee', 'evacuate', 'repatriate'], ['travel', 'commute', 'shuttle', 'remain', 'stay']],
  [['arrest', 'detain', 'jail', 'imprison', 'capture'], ['release', 'free', 'acquit', 'exonerate']],
  [['kill', 'die', 'murder', 'slay'], ['injure', 'wound', 'hurt']],
  [['increase', 'rise', 'grow', 'climb', 'jump', 'surge', 'soar', 'raise', 'double', 'gain', 'strengthen', 'rally', 'appreciate'], ['decrease', 'fall', 'drop', 'decline', 'plunge', 'cut', 'reduce', 'lower', 'shrink', 'slash', 'weaken', 'slip', 'slide', 'sink', 'tumble', 'dip', 'depreciate']],
  [['approve', 'pass', 'adopt', 'ratify', 'authorize', 'accept'], ['reject', 'veto', 'refuse', 'rebuff', 'block']],
  [['win', 'clinch'], ['lose', 'forfeit']],
  [['buy', 'purchase', 'acquire'], ['sell', 'divest', 'offload']],
  [['open', 'reopen', 'resume', 'restart'], ['close', 'shut', 'suspend', 'halt']],
  [['confirm', 'acknowledge', 'admit'], ['deny', 'dispute', 'reject']],
  [['hire', 'recruit'], ['lay', 'fire', 'sack', 'dismiss']],
  [['impose', 'introduce', 'tighten'], ['lift', 'ease', 'relax', 'repeal']],
  // a term drawn out or brought to an end ("extended their trials" / "ended their trials"; not "keep" or "stop", whose
  // other senses, "keep money out", "stop an outbreak", tell no term)
  [['extend', 'prolong', 'renew'], ['end', 'discontinue', 'terminate']],
  // a thing put in or taken out ("add hotspots" / "remove hotspots")
  [['add', 'install'], ['remove', 'dismantle', 'uninstall']],
  // a thing kept from harm or harmed ("files were rescued" / "files were damaged")
  [['rescue', 'save', 'salvage', 'protect'], ['damage', 'destroy', 'ruin']],
  // a stance for or against ("supported the closures" / "opposed the closures")
  [['support', 'endorse', 'welcome', 'champion', 'back', 'favour', 'favor'], ['oppose', 'condemn', 'criticise', 'criticize', 'denounce', 'resist', 'reject']],
  // a figure told too high or too low ("inflated the count" / "understated the count")
  [['overstate', 'inflate', 'exaggerate', 'overestimate'], ['understate', 'underestimate', 'downplay']],
  // a decision accepted or fought ("has accepted the decision" / "has appealed against it")
  [['accept', 'concede'], ['dispute', 'contest', 'challenge', 'appeal']],
  // a level told the other way ("trading 2.1% higher" / "2.1% lower")
  [['higher', 'stronger'], ['lower', 'weaker']],
];

/**
 * The rows (by their first word) whose two sides leave nothing between them, so that one side denied is the other told:
 * an application not approved is refused, a road not reopened is shut, a vote not won is lost. Elsewhere there is a
 * middle ground: "did not confirm" is not "denied", "did not rise" is not "fell".
 */
export const COMPLEMENTARY_RIVALS: ReadonlySet<string> = new Set(['approve', 'open', 'win', 'extend']);
