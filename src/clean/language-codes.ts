/**
 * ISO 639-3 codes that franc returns -> the two-letter ISO 639-1 code a BCP 47 tag uses, where one exists
 * (written out once from the iso-639-3 package's table; an individual language of a macrolanguage maps to the
 * macrolanguage's code, as pages tag it: "arb" -> "ar", "cmn" -> "zh"). Codes missing here stay three letters.
 */
export const TWO_LETTER: Readonly<Record<string, string>> = {
  afr: 'af', als: 'sq', amh: 'am', arb: 'ar', ayr: 'ay', azj: 'az', bam: 'bm', bel: 'be', ben: 'bn', bod: 'bo',
  bos: 'bs', bul: 'bg', cat: 'ca', ces: 'cs', cmn: 'zh', dan: 'da', deu: 'de', ekk: 'et', ell: 'el', eng: 'en',
  epo: 'eo', ewe: 'ee', fin: 'fi', fra: 'fr', glg: 'gl', guj: 'gu', hat: 'ht', hau: 'ha', heb: 'he', hin: 'hi',
  hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig', iii: 'ii', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn',
  kat: 'ka', kaz: 'kk', khk: 'mn', khm: 'km', kin: 'rw', kir: 'ky', knc: 'kr', kor: 'ko', lao: 'lo', lin: 'ln',
  lit: 'lt', lug: 'lg', lvs: 'lv', mal: 'ml', mar: 'mr', mkd: 'mk', mya: 'my', ndo: 'ng', nld: 'nl', nno: 'nn',
  nob: 'nb', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', qug: 'qu',
  quy: 'qu', quz: 'qu', ron: 'ro', run: 'rn', rus: 'ru', sag: 'sg', sin: 'si', slk: 'sk', slv: 'sl', sna: 'sn',
  som: 'so', sot: 'st', spa: 'es', srp: 'sr', ssw: 'ss', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tat: 'tt',
  tel: 'te', tgk: 'tg', tgl: 'tl', tha: 'th', tir: 'ti', tsn: 'tn', tso: 'ts', tuk: 'tk', tur: 'tr', uig: 'ug',
  ukr: 'uk', urd: 'ur', uzn: 'uz', ven: 've', vie: 'vi', wol: 'wo', xho: 'xh', ydd: 'yi', yor: 'yo', zlm: 'ms',
  zul: 'zu',
};
