/** Currencies as data: the marks and words that name each one, lower-cased, by a canonical name. */
export const CURRENCY_LEXICON: { readonly symbols: Readonly<Record<string, string>>; readonly words: Readonly<Record<string, string>> } = {
  /** Written right before the figure ("$3.2 billion", "€41", "USD 12 million"). */
  symbols: {
    '$': 'dollar', 'us$': 'dollar', 'usd': 'dollar', '€': 'euro', 'eur': 'euro', '£': 'pound', 'gbp': 'pound',
    '¥': 'yen', 'jpy': 'yen', 'cny': 'yuan', 'rmb': 'yuan', 'chf': 'franc', 'dkk': 'crown', 'sek': 'crown', 'nok': 'crown',
    '₹': 'rupee', 'inr': 'rupee', '₽': 'rouble', 'pln': 'zloty', '₺': 'lira', 'a$': 'australian dollar', 'aud': 'australian dollar',
    'c$': 'canadian dollar', 'cad': 'canadian dollar',
  },
  /** Written after the figure ("41 euros", "40 million Danish crowns"). */
  words: {
    dollar: 'dollar', dollars: 'dollar', usd: 'dollar', euro: 'euro', euros: 'euro', eur: 'euro', pound: 'pound', pounds: 'pound',
    sterling: 'pound', gbp: 'pound', yen: 'yen', yuan: 'yuan', renminbi: 'yuan', franc: 'franc', francs: 'franc', chf: 'franc',
    crown: 'crown', crowns: 'crown', krone: 'crown', kroner: 'crown', krona: 'crown', kronor: 'crown', dkk: 'crown', sek: 'crown',
    nok: 'crown', rupee: 'rupee', rupees: 'rupee', peso: 'peso', pesos: 'peso', rouble: 'rouble', roubles: 'rouble',
    ruble: 'rouble', rubles: 'rouble', zloty: 'zloty', zlotys: 'zloty', zlotych: 'zloty', lira: 'lira', lire: 'lira',
    bolivar: 'bolivar', bolivars: 'bolivar', bolívar: 'bolivar', bolívares: 'bolivar',
  },
};
