/**
 * Month names in the languages whose pages wiretrace cleans, folded (lower case, no accents), to their number: a date
 * written in two languages ("3 de enero", "January 3") is the same evidence. Full names only; English abbreviations too.
 */
const MONTHS: Readonly<Record<string, string>> = {
  en: 'january february march april may june july august september october november december',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  fr: 'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  de: 'januar februar marz april mai juni juli august september oktober november dezember',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  pt: 'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro',
  // the names most Arabic papers use (Egypt, the Gulf, the Maghreb's press agencies), folded as foldWord folds them
  ar: 'يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
  abbreviations: 'jan feb mar apr may jun jul aug sep oct nov dec',
};

/** A folded month name to its number, 1-12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS).flatMap((names) => names.split(' ').map((name, i) => [name, i + 1] as const)),
);
