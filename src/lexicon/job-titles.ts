/**
 * Job titles as data: each role by a canonical name, with the lower-cased wordings that give it ("CEO", "chief
 * executive"). Only roles specific enough that two different ones name two different jobs; a bare "minister" or
 * "official" is no role here. Qualifiers ("deputy", "former") are the rank rule's business.
 */
export const JOB_TITLES: Readonly<Record<string, readonly string[]>> = {
  ceo: ['chief executive officer', 'chief executive', 'chief exec', 'ceo', 'group chief executive'],
  cfo: ['chief financial officer', 'cfo', 'finance chief', 'finance director', 'financial director'],
  coo: ['chief operating officer', 'coo', 'operations chief'],
  cto: ['chief technology officer', 'cto', 'technology chief'],
  chair: ['chairman', 'chairwoman', 'chairperson', 'chair'],
  founder: ['founder', 'co-founder', 'cofounder'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
  economist: ['chief economist'],
  'finance minister': ['finance minister', 'minister of finance', 'finance secretary'],
  'foreign minister': ['foreign minister', 'minister of foreign affairs', 'foreign secretary'],
  'defence minister': ['defence minister', 'defense minister', 'minister of defence', 'minister of defense', 'defence secretary', 'defense secretary'],
  'interior minister': ['interior minister', 'minister of the interior', 'home secretary'],
  'prime minister': ['prime minister', 'premier'],
  president: ['president'],
  governor: ['governor'],
  mayor: ['mayor'],
  // a seat in an assembly, however it is written ("the member of parliament for Calder North" / "the MP for ...",
  // "Councillor" / "Councilor" / "Cllr")
  'member of parliament': ['member of parliament', 'mp'],
  councillor: ['councillor', 'councilor'],
  // offices of the law: a district attorney is not the state's attorney general, nor a sheriff a police chief
  'district attorney': ['district attorney'],
  'attorney general': ['attorney general'],
  'police chief': ['police chief', 'chief of police'],
  sheriff: ['sheriff'],
  // one trade in two Englishes ("His lawyer" / "His attorney")
  lawyer: ['lawyer', 'attorney', 'defence lawyer', 'defense lawyer', 'defence attorney', 'defense attorney'],
  'head teacher': ['head teacher', 'headteacher', 'headmaster', 'headmistress', 'principal'],
};
