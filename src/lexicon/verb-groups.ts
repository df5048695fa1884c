/**
 * Verbs that can report the same event, as data (lemmas). A verb may sit in several groups; two verbs are
 * synonyms when they share one. Verbs of different groups are a change of meaning ("suspend" vs "cancel").
 */
export const VERB_GROUPS: readonly (readonly string[])[] = [
  ['leave', 'depart', 'exit', 'withdraw', 'return', 'go', 'flee', 'quit', 'evacuate', 'pull', 'head', 'fly', 'repatriate', 'move', 'relocate'],
  ['travel', 'commute', 'shuttle', 'journey', 'tour', 'visit', 'move'],
  ['arrive', 'reach', 'land', 'come', 'enter'],
  ['suspend', 'pause', 'halt', 'freeze', 'stop', 'interrupt', 'delay', 'postpone'],
  ['cancel', 'scrap', 'axe', 'abandon', 'scrub', 'drop', 'call', 'terminate', 'end', 'revoke', 'rescind', 'annul', 'overturn', 'quash', 'invalidate', 'void', 'nullify'],
  ['end', 'stop', 'cease', 'halt', 'finish', 'conclude', 'terminate', 'sever', 'cut', 'dismantle', 'break', 'unwind', 'dissolve'],
  ['begin', 'start', 'launch', 'commence', 'initiate', 'open', 'kick'],
  ['kill', 'slay', 'murder', 'die', 'perish', 'shoot', 'execute', 'assassinate'],
  ['injure', 'wound', 'hurt', 'harm'],
  ['arrest', 'detain', 'apprehend', 'hold', 'capture', 'seize', 'nab', 'jail', 'imprison', 'take', 'grab'],
  ['release', 'free', 'let', 'discharge', 'liberate'],
  ['attack', 'strike', 'hit', 'bomb', 'raid', 'shell', 'assault', 'target'],
  ['remove', 'oust', 'expel', 'dismiss', 'sack', 'fire', 'strip', 'sideline', 'push', 'force', 'replace', 'substitute', 'depose', 'topple', 'unseat', 'purge', 'relieve', 'eject'],
  ['increase', 'rise', 'grow', 'climb', 'jump', 'surge', 'soar', 'raise', 'boost', 'double', 'mount', 'swell', 'expand'],
  ['decrease', 'fall', 'drop', 'decline', 'plunge', 'slide', 'cut', 'reduce', 'lower', 'shrink', 'slash', 'diminish', 'sink', 'tumble', 'dip'],
  ['block', 'prevent', 'bar', 'ban', 'prohibit', 'stop', 'halt', 'blockade', 'restrict', 'forbid', 'embargo'],
  ['order', 'direct', 'instruct', 'command', 'tell', 'demand'],
  ['ask', 'request', 'urge', 'call', 'press', 'push', 'seek', 'demand', 'appeal', 'petition'],
  ['approve', 'pass', 'adopt', 'endorse', 'ratify', 'authorize', 'sanction', 'clear', 'accept', 'agree'],
  ['reject', 'refuse', 'deny', 'decline', 'dismiss', 'veto', 'rebuff', 'oppose'],
  ['win', 'secure', 'clinch', 'gain', 'earn', 'capture', 'take'],
  ['lose', 'forfeit', 'concede'],
  ['buy', 'purchase', 'acquire', 'procure'],
  ['sell', 'divest', 'offload'],
  ['meet', 'talk', 'speak', 'confer', 'hold', 'discuss', 'negotiate', 'appear'],
  ['protect', 'guard', 'defend', 'secure', 'shield', 'entrust', 'rely', 'depend'],
  ['embed', 'integrate', 'deploy', 'station', 'place', 'post', 'base', 'position', 'assign', 'send', 'dispatch'],
  ['plan', 'intend', 'aim', 'mean', 'seek', 'want', 'propose', 'prepare'],
  ['accuse', 'charge', 'allege', 'blame', 'indict'],
  ['investigate', 'probe', 'examine', 'review', 'study', 'look', 'inquire', 'audit'],
  ['sign', 'ink', 'conclude', 'seal'],
  ['build', 'construct', 'erect', 'establish', 'create', 'set', 'found', 'form'],
  ['destroy', 'demolish', 'raze', 'wreck', 'flatten', 'damage'],
  ['resign', 'quit', 'step', 'leave', 'retire'],
  ['elect', 'vote', 'choose', 'select', 'pick', 'appoint', 'name', 'nominate'],
  ['warn', 'caution', 'alert', 'threaten'],
  ['help', 'aid', 'assist', 'support', 'back', 'sustain', 'maintain', 'keep', 'prop'],
  ['pay', 'fund', 'finance', 'provide', 'give', 'supply', 'send', 'deliver', 'ship', 'offer', 'grant'],
  ['receive', 'get', 'obtain', 'collect', 'accept', 'take'],
  ['close', 'shut', 'seal', 'lock'],
  ['open', 'reopen', 'resume', 'restart', 'restore'],
  ['reveal', 'disclose', 'show', 'expose', 'uncover', 'report', 'publish', 'leak'],
  ['hide', 'conceal', 'cover', 'withhold'],
  ['confirm', 'verify', 'acknowledge', 'admit', 'concede', 'affirm', 'reaffirm'],
  ['film', 'record', 'photograph', 'capture', 'see', 'spot', 'observe', 'watch'],
  ['remain', 'stay', 'continue', 'persist', 'linger', 'keep'],
  ['sue', 'prosecute', 'charge', 'litigate'],
  ['convict', 'sentence', 'condemn', 'jail'],
  ['acquit', 'clear', 'exonerate'],
  ['fire', 'launch', 'shoot'],
  ['invade', 'occupy', 'enter', 'seize'],
  ['collapse', 'fail', 'crash', 'fall'],
  ['rescue', 'save', 'evacuate'],
  ['summon', 'recall', 'call', 'bring'],
  ['condemn', 'denounce', 'criticize', 'criticise', 'slam', 'blast', 'decry', 'deplore', 'censure'],
  ['praise', 'welcome', 'hail', 'applaud', 'commend'],
  ['pledge', 'vow', 'promise', 'commit', 'swear', 'undertake'],
  ['consider', 'weigh', 'mull', 'contemplate', 'explore', 'study', 'discuss', 'debate', 'review'],
  ['decide', 'resolve', 'determine', 'opt', 'choose', 'agree', 'vote'],
  ['expand', 'extend', 'broaden', 'widen', 'enlarge', 'grow'],
  ['hire', 'recruit', 'employ', 'enlist'],
  ['lay', 'fire', 'dismiss', 'sack', 'cut', 'shed'],
  ['merge', 'combine', 'join', 'unite', 'consolidate', 'integrate'],
  ['split', 'divide', 'separate', 'break', 'spin'],
  ['invest', 'spend', 'allocate', 'commit', 'pour', 'earmark'],
  ['lend', 'loan', 'advance'],
  ['borrow', 'raise'],
  ['impose', 'levy', 'introduce', 'apply', 'slap'],
  ['lift', 'remove', 'scrap', 'ease', 'relax', 'drop', 'end', 'repeal'],
  ['tighten', 'toughen', 'strengthen', 'harden', 'step'],
  ['evacuate', 'flee', 'escape', 'leave'],
  ['storm', 'raid', 'enter', 'attack'],
  ['surrender', 'yield', 'capitulate', 'give'],
  ['threaten', 'warn', 'menace'],
  ['predict', 'forecast', 'project', 'expect', 'estimate', 'anticipate'],
  ['find', 'discover', 'uncover', 'detect', 'identify', 'locate', 'reveal', 'show'],
  ['lose', 'miss', 'fail'],
  ['cause', 'trigger', 'spark', 'prompt', 'provoke', 'lead', 'drive', 'fuel'],
  ['prevent', 'avert', 'avoid', 'stop', 'block'],
  ['delay', 'postpone', 'defer', 'push', 'reschedule'],
  ['hold', 'keep', 'retain', 'maintain', 'detain'],
];

/**
 * Participles that only a passive reads ("patients given the drug"): they tell the event from the side that
 * receives, so they also read as that verb ("patients who took the drug", "those who received it").
 */
export const RECEIVING_PARTICIPLES: ReadonlyMap<string, string> = new Map([['given', 'receive']]);

const GROUPS = new Map<string, Set<number>>();
VERB_GROUPS.forEach((verbs, i) => {
  for (const v of verbs) {
    const set = GROUPS.get(v) ?? new Set<number>();
    set.add(i);
    GROUPS.set(v, set);
  }
});

/** The synonym groups a verb lemma belongs to (empty when the lexicon does not know it). */
export function verbGroups(lemma: string): ReadonlySet<number> {
  return GROUPS.get(lemma) ?? new Set();
}

/**
 * Phrasal verbs read as one verb of the groups above ("called off" cancels, "struck down" annuls, "shut down"
 * closes), as data: verb lemma and particle to the lemma they stand for.
 */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map([
  ['call off', 'cancel'], ['strike down', 'annul'], ['shut down', 'close'], ['close down', 'close'], ['pull out', 'withdraw'],
  ['pull back', 'withdraw'], ['step down', 'resign'], ['lay off', 'lay'], ['set up', 'establish'], ['put off', 'postpone'],
  ['hold off', 'delay'], ['wind down', 'end'], ['scale back', 'reduce'], ['cut back', 'reduce'], ['drop out', 'withdraw'],
  ['back out', 'withdraw'], ['walk out', 'strike'], ['throw out', 'annul'], ['turn down', 'reject'], ['rule out', 'reject'],
  ['take over', 'acquire'], ['buy out', 'acquire'], ['sell off', 'sell'], ['carry out', 'conduct'], ['crack down', 'restrict'],
  ['go ahead', 'proceed'], ['press ahead', 'proceed'], ['push back', 'postpone'], ['put on hold', 'suspend'],
]);
