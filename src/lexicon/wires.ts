/**
 * Wire agencies and the names they go by, as data: the world's largest agencies and the national agencies whose copy
 * other outlets run, each by its full name and by the short form its datelines use ("LONDON (Reuters) -", "NEW DELHI
 * (PTI) -"). A bare acronym that is also a common word or another body's name (AA, CP, TT, SPA, MAP) is left out: the
 * agency is known by its full name instead. Matched case-sensitively on word boundaries: a key, the name
 * reports show, every written form. Read by clean (a wire dateline names the outlet of wire copy), extract (wire
 * credits), compare (datelines, the credited wire) and trace (origins).
 */
export const WIRE_NAMES: readonly { readonly key: string; readonly name: string; readonly forms: readonly string[] }[] = [
  { key: 'reuters', name: 'Reuters', forms: ['Reuters', 'Thomson Reuters'] },
  { key: 'ap', name: 'Associated Press', forms: ['Associated Press', 'The Associated Press', 'AP'] },
  { key: 'afp', name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { key: 'bloomberg', name: 'Bloomberg', forms: ['Bloomberg News', 'Bloomberg'] },
  { key: 'efe', name: 'EFE', forms: ['EFE', 'Agencia EFE'] },
  { key: 'ansa', name: 'ANSA', forms: ['ANSA', 'Agenzia ANSA'] },
  { key: 'dpa', name: 'dpa', forms: ['Deutsche Presse-Agentur', 'DPA', 'dpa'] },
  { key: 'xinhua', name: 'Xinhua', forms: ['Xinhua', 'Xinhua News Agency'] },
  { key: 'tass', name: 'TASS', forms: ['TASS', 'Tass'] },
  { key: 'upi', name: 'UPI', forms: ['United Press International', 'UPI'] },
  { key: 'kyodo', name: 'Kyodo', forms: ['Kyodo', 'Kyodo News'] },
  { key: 'yonhap', name: 'Yonhap', forms: ['Yonhap', 'Yonhap News Agency'] },
  { key: 'anadolu', name: 'Anadolu', forms: ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansı'] },
  { key: 'interfax', name: 'Interfax', forms: ['Interfax'] },
  { key: 'pa', name: 'PA Media', forms: ['PA Media', 'Press Association', 'PA'] },
  { key: 'pti', name: 'PTI', forms: ['PTI', 'Press Trust of India'] },
  { key: 'ians', name: 'IANS', forms: ['IANS', 'Indo-Asian News Service'] },
  { key: 'ani', name: 'ANI', forms: ['ANI', 'Asian News International'] },
  { key: 'jiji', name: 'Jiji Press', forms: ['Jiji Press', 'Jiji'] },
  { key: 'ria', name: 'RIA Novosti', forms: ['RIA Novosti', 'RIA'] },
  { key: 'aap', name: 'AAP', forms: ['AAP', 'Australian Associated Press'] },
  { key: 'cp', name: 'The Canadian Press', forms: ['The Canadian Press', 'Canadian Press'] },
  { key: 'europapress', name: 'Europa Press', forms: ['Europa Press'] },
  { key: 'lusa', name: 'Lusa', forms: ['Lusa', 'Agência Lusa'] },
  { key: 'agenciabrasil', name: 'Agência Brasil', forms: ['Agência Brasil', 'Agencia Brasil'] },
  { key: 'estado', name: 'Agência Estado', forms: ['Agência Estado', 'Estadão Conteúdo'] },
  { key: 'notimex', name: 'Notimex', forms: ['Notimex'] },
  { key: 'prensalatina', name: 'Prensa Latina', forms: ['Prensa Latina'] },
  { key: 'apa', name: 'APA', forms: ['Austria Presse Agentur', 'APA-Austria Presse Agentur'] },
  { key: 'belga', name: 'Belga', forms: ['Belga'] },
  { key: 'anp', name: 'ANP', forms: ['ANP', 'Algemeen Nederlands Persbureau'] },
  { key: 'ritzau', name: 'Ritzau', forms: ['Ritzau'] },
  { key: 'ntb', name: 'NTB', forms: ['NTB', 'Norsk Telegrambyrå'] },
  { key: 'stt', name: 'STT', forms: ['STT', 'Suomen Tietotoimisto'] },
  { key: 'pap', name: 'PAP', forms: ['Polish Press Agency', 'Polska Agencja Prasowa'] },
  { key: 'ctk', name: 'ČTK', forms: ['ČTK', 'CTK', 'Czech News Agency'] },
  { key: 'mti', name: 'MTI', forms: ['MTI', 'Hungarian News Agency'] },
  { key: 'agerpres', name: 'Agerpres', forms: ['Agerpres'] },
  { key: 'ukrinform', name: 'Ukrinform', forms: ['Ukrinform'] },
  { key: 'irna', name: 'IRNA', forms: ['IRNA', 'Islamic Republic News Agency'] },
  { key: 'wafa', name: 'WAFA', forms: ['WAFA'] },
  { key: 'mena', name: 'MENA', forms: ['MENA', 'Middle East News Agency'] },
  { key: 'spa', name: 'Saudi Press Agency', forms: ['Saudi Press Agency'] },
  { key: 'wam', name: 'WAM', forms: ['WAM', 'Emirates News Agency'] },
  { key: 'qna', name: 'QNA', forms: ['QNA', 'Qatar News Agency'] },
  { key: 'kuna', name: 'KUNA', forms: ['KUNA', 'Kuwait News Agency'] },
  { key: 'nan', name: 'NAN', forms: ['News Agency of Nigeria'] },
  { key: 'bernama', name: 'Bernama', forms: ['Bernama'] },
  { key: 'antara', name: 'Antara', forms: ['Antara', 'Antara News Agency'] },
  { key: 'vna', name: 'VNA', forms: ['VNA', 'Vietnam News Agency'] },
  { key: 'cna', name: 'Central News Agency', forms: ['Central News Agency'] },
  { key: 'kcna', name: 'KCNA', forms: ['KCNA', 'Korean Central News Agency'] },
  { key: 'agi', name: 'AGI', forms: ['AGI', 'Agenzia Italia'] },
  { key: 'adnkronos', name: 'Adnkronos', forms: ['Adnkronos'] },
  { key: 'sputnik', name: 'Sputnik', forms: ['Sputnik'] },
];

/**
 * The words an agency's name ends on, as agencies name themselves ("Cardessan News Agency", "Trevanne Press
 * Association", "Continental Wire Service"): an outlet so named is a wire agency whether or not the list above knows it.
 */
export const AGENCY_NAME_ENDINGS: readonly string[] = [
  'news agency', 'press agency', 'telegraph agency', 'information agency', 'press association', 'news service',
  'wire service', 'press service', 'newswire', 'presse-agentur', 'nachrichtenagentur',
];
