import { foldWord } from './story-words.ts';

/**
 * The commonest function words of the languages wiretrace reads besides English (articles, prepositions,
 * conjunctions, pronouns, auxiliaries, reporting verbs), folded as grouping folds words. Grouping weighs a word by its
 * rarity in the pile: in a pile of English stories with two Spanish pages, "de", "la" and "que" are as rare as a
 * name, and two Spanish pages about a bridge and a football transfer met on them (0.60, one story).
 */
const WORDS: Readonly<Record<string, string>> = {
  es: 'el la los las un una unos unas lo al del de en con por para sin sobre entre hasta desde hacia tras ante bajo ' +
    'segun durante mediante y e o u ni pero sino que quien quienes cual cuales cuyo donde cuando como porque pues si ' +
    'no ya mas muy tambien tampoco solo aun este esta estos estas ese esa esos esas aquel aquella su sus se le les me ' +
    'te nos os mi mis tu tus ella ellas ellos nosotros usted ustedes es son era eran fue fueron ser sido siendo esta ' +
    'estan estaba estado ha han habia habian haber hay he hemos tiene tienen tenia otro otra otros otras todo toda ' +
    'todos todas cada mismo misma dijo dice afirmo asegura aseguro explico senalo segun cerca unos dos tres',
  fr: 'le la les un une des du de d l au aux en dans par pour sur sous avec sans entre vers chez avant apres depuis ' +
    'pendant selon et ou mais donc or ni car que qui quoi dont ou quand comme si ne pas plus moins tres aussi deja ' +
    'encore ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu se lui y est sont etait ' +
    'etaient ete etre a ont avait avaient avoir fait faire tout toute tous toutes autre autres meme qu c n s ' +
    'a-t-il dit declare selon deux trois',
  it: 'il lo la i gli le un uno una di a da in con su per tra fra del dello della dei degli delle al allo alla ai agli ' +
    'alle dal dalla dai dalle nel nello nella nei negli nelle sul sulla sui sulle e ed o ma che chi cui dove quando ' +
    'come se non piu anche gia ancora molto questo questa questi queste quello quella quelli quelle suo sua suoi sue ' +
    'loro si ci ne lui lei noi voi e sono era erano stato stata essere ha hanno aveva avere tutto tutta tutti tutte ' +
    'altro altra altri altre stesso dopo prima secondo detto ha dichiarato due tre',
  pt: 'o a os as um uma uns umas de do da dos das em no na nos nas ao aos pelo pela pelos pelas por para com sem sobre ' +
    'entre ate desde apos e ou mas nem que quem qual quais cujo onde quando como porque se nao mais muito tambem ja ' +
    'ainda este esta estes estas esse essa esses essas aquele aquela seu sua seus suas lhe lhes ele ela eles elas nos ' +
    'eu voce e sao era eram foi foram ser sido esta estao estava tem tinha ha haver todo toda todos todas outro outra ' +
    'outros outras mesmo segundo disse afirmou dois tres',
  de: 'der die das den dem des ein eine einer einen einem eines und oder aber sondern denn dass ob wenn als wie weil ' +
    'nicht kein keine keinen auch noch schon nur sehr mit von zu bei nach aus fur uber unter vor auf an in im am ans ' +
    'ins zum zur vom beim durch gegen ohne um bis seit wahrend laut sein seine seiner seinen seinem ihr ihre ihrer ' +
    'ihren ihrem er sie es wir ich man sich ist sind war waren wurde wurden worden werden wird hat haben hatte ' +
    'hatten habe sei dieser diese dieses diesen diesem jeder jede jedes alle allen andere anderen mehr dort hier so ' +
    'sagte erklarte teilte mit zwei drei',
  ar: 'في من على الى إلى عن مع ان أن إن او أو و ثم لكن لا لم لن ما هذا هذه ذلك تلك التي الذي الذين كان كانت ' +
    'يكون قد كما بعد قبل حتى منذ خلال بين عند كل بعض غير هو هي هم نحن انه أنه وقال قال وقالت قالت وفقا حيث ايضا أيضا',
};

/** Each language's function words (by primary subtag), folded; English's are the align stage's stop words. */
export const FOREIGN_FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(WORDS).map(([language, words]) => [language, new Set(words.split(' ').map(foldWord))]),
);
