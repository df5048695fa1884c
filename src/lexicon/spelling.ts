/** Word forms that mean the same thing, as data: spelling variants, aliases, number words, reporting verbs. */
export const SPELLING_LEXICON = {
  /** Whole-word spelling variants the suffix patterns cannot reach, mapped to one form. */
  variants: {
    advisor: 'adviser', advisors: 'advisers', grey: 'gray', programme: 'program', programmes: 'programs',
    judgement: 'judgment', ageing: 'aging', towards: 'toward', amongst: 'among', whilst: 'while',
    learnt: 'learned', spelt: 'spelled', burnt: 'burned', dreamt: 'dreamed', spilt: 'spilled', leapt: 'leaped',
    cheque: 'check', cheques: 'checks', tyre: 'tire', tyres: 'tires', plough: 'plow', pyjamas: 'pajamas',
    aluminium: 'aluminum', mum: 'mom', sceptic: 'skeptic', sceptical: 'skeptical', sceptics: 'skeptics',
    defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense', practise: 'practice',
    practised: 'practiced', storey: 'story', storeys: 'stories', kerb: 'curb', gaol: 'jail', draught: 'draft',
    enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill', instalment: 'installment', manoeuvre: 'maneuver',
    manoeuvres: 'maneuvers', paediatric: 'pediatric', paediatrics: 'pediatrics', paediatrician: 'pediatrician',
    paediatricians: 'pediatricians', orthopaedic: 'orthopedic', anaesthetic: 'anesthetic', anaesthetist: 'anesthetist', oestrogen: 'estrogen',
    foetus: 'fetus', diarrhoea: 'diarrhea', encyclopaedia: 'encyclopedia', kilometre: 'kilometer',
    kilometres: 'kilometers', metre: 'meter', metres: 'meters', litre: 'liter', litres: 'liters',
    centre: 'center', centres: 'centers', theatre: 'theater', theatres: 'theaters', fibre: 'fiber',
    per_cent: 'percent', pct: 'percent', '%': 'percent', okay: 'ok', 'e-mail': 'email', 'e-mails': 'emails',
    toward: 'toward', afterwards: 'afterward', catalogue: 'catalog', dialogue: 'dialog', analogue: 'analog',
    railway: 'railroad', railways: 'railroads', lorry: 'truck', lorries: 'trucks', petrol: 'gasoline',
    aeroplane: 'airplane', aeroplanes: 'airplanes', 'not-for-profit': 'nonprofit', 'non-profit': 'nonprofit',
    // British and American words for one thing: "in the autumn" / "in the fall", "the motorway" / "the highway"
    autumn: 'fall', pavement: 'sidewalk', pavements: 'sidewalks', motorway: 'highway', motorways: 'highways',
    windscreen: 'windshield', windscreens: 'windshields', nappy: 'diaper', nappies: 'diapers',
    // a clipped form and a pair of usage variants: "lab tests" / "laboratory tests", "Transportation Minister" /
    // "Transport Minister", "a press conference" / "a news conference"
    lab: 'laboratory', labs: 'laboratories', transportation: 'transport', press: 'news',
    // a clipped form in British and American use: "maths" / "math" / "mathematics", "rail lines" / "railway lines"
    maths: 'mathematics', math: 'mathematics', rail: 'railroad',
    sulphur: 'sulfur', sulphate: 'sulfate', sulphates: 'sulfates', sulphuric: 'sulfuric', sulphide: 'sulfide',
    jewellery: 'jewelry', jeweller: 'jeweler', jewellers: 'jewelers', woollen: 'woolen', marvellous: 'marvelous',
  } as Record<string, string>,
  /** Names written several ways (after lower-casing and dropping dots), mapped to one key. */
  aliases: {
    us: 'us', usa: 'us', america: 'us', american: 'us', americans: 'us', 'united states': 'us',
    'united states of america': 'us', uk: 'uk', britain: 'uk', british: 'uk', 'united kingdom': 'uk',
    'great britain': 'uk', un: 'un', 'united nations': 'un', eu: 'eu', 'european union': 'eu',
    uae: 'uae', 'united arab emirates': 'uae', nato: 'nato', ussr: 'ussr', 'soviet union': 'ussr',
    // regions whose name holds "America(n)": one word each, never the United States
    'south america': 'south-america', 'south american': 'south-american', 'latin america': 'latin-america',
    'latin american': 'latin-american', 'central america': 'central-america', 'central american': 'central-american',
    'north america': 'north-america', 'north american': 'north-american',
  } as Record<string, string>,
  /** Neutral verbs of saying: interchangeable, so all map to one form. Only forms that are verbs ("states", "reports",
   * "notes" are nouns as often, "nine states"), so no noun is read as saying. */
  reportingVerbs: [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'stated', 'noted', 'added', 'explained',
    'remarked', 'wrote', 'mentioned',
  ],
  /** Number words: units and tens; compounds are built from these. */
  numbers: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, dozen: 12,
  } as Record<string, number>,
  /** Words that multiply the number before them ("two hundred", "1.2 million"). */
  magnitudes: { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as Record<string, number>,
  /** Abbreviated magnitudes ("5m", "1.2bn", "3 mln"), each with the word it stands for. */
  magnitudeAbbreviations: { k: 'thousand', m: 'million', mn: 'million', mln: 'million', b: 'billion', bn: 'billion', tn: 'trillion' } as Record<string, string>,
} as const;
