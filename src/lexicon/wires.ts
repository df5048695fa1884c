/**
 * Wire agencies and the names they go by, as data (matched case-sensitively on word boundaries): a key, the name
 * reports show, every written form. Read by clean (a wire dateline names the outlet of wire copy), extract (wire
 * credits), compare (datelines, the credited wire) and trace (origins).
 */
export const WIRE_NAMES: readonly { readonly key: string; readonly name: string; readonly forms: readonly string[] }[] = [
  { key: 'reuters', name: 'Reuters', forms: ['Reuters', 'Thomson Reuters'] },
  { key: 'ap', name: 'Associated Press', forms: ['Associated Press', 'The Associated Press', 'AP'] },
  { key: 'afp', name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { key: 'bloomberg', name: 'Bloomberg', forms: ['Bloomberg News', 'Bloomberg'] },
  { key: 'efe', name: 'EFE', forms: ['EFE', 'Agencia EFE'] },
  { key: 'ansa', name: 'ANSA', forms: ['ANSA'] },
  { key: 'dpa', name: 'dpa', forms: ['Deutsche Presse-Agentur', 'DPA', 'dpa'] },
  { key: 'xinhua', name: 'Xinhua', forms: ['Xinhua', 'Xinhua News Agency'] },
  { key: 'tass', name: 'TASS', forms: ['TASS', 'Tass'] },
  { key: 'upi', name: 'UPI', forms: ['United Press International', 'UPI'] },
  { key: 'kyodo', name: 'Kyodo', forms: ['Kyodo', 'Kyodo News'] },
  { key: 'yonhap', name: 'Yonhap', forms: ['Yonhap'] },
  { key: 'anadolu', name: 'Anadolu', forms: ['Anadolu', 'Anadolu Agency'] },
  { key: 'interfax', name: 'Interfax', forms: ['Interfax'] },
  { key: 'pa', name: 'PA Media', forms: ['PA Media', 'Press Association', 'PA'] },
];
