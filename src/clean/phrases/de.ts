import type { PagePhrases } from './page-phrases.ts';

/** German. */
export const DE: PagePhrases = {
  teaserLeads: ['lesen sie auch', 'lesen sie mehr', 'lesen sie hier', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weiterlesen', 'siehe auch', 'passend dazu', 'zum thema', 'mehr dazu', 'empfehlungen der redaktion'],
  teaserHeadings: ['mehr zum thema', 'das könnte sie auch interessieren', 'meistgelesen', 'meist gelesen', 'am meisten gelesen', 'weitere nachrichten', 'weitere artikel', 'mehr aus der region', 'mehr aus dem ressort', 'neueste artikel', 'aktuelle nachrichten', 'top-themen', 'auch interessant', 'ebenfalls lesenswert', 'verwandte artikel', 'beliebte artikel'],
  commentHeadings: ['kommentare', 'leserkommentare', 'kommentar schreiben', 'diskutieren sie mit', 'bitte melden sie sich an, um einen kommentar zu schreiben', 'jetzt kommentieren'],
  widgets: ['anzeige', 'werbung', 'teilen', 'drucken', 'antworten', 'melden', 'kommentieren', 'merken', 'vorlesen', 'artikel teilen', 'artikel anhören', 'zur vollständigen website', 'zur startseite', 'wird geladen', 'lädt', 'mehr anzeigen', 'schließen', 'nach oben', 'zum artikel', 'bild vergrößern'],
  sharePrompts: ['teilen', 'jetzt teilen', 'artikel teilen', 'folgen sie uns', 'folge uns', 'folgen sie'],
  newsletterWords: ['newsletter', 'eilmeldung', 'eilmeldungen'],
  newsletterPitches: ['abonnieren', 'abonnieren sie', 'anmelden', 'melden sie sich', 'verpassen', 'erhalten sie', 'kostenlos'],
  consentWords: ['akzeptieren', 'zustimmen', 'stimmen sie', 'einverstanden', 'einwilligung', 'datenschutzerklärung'],
  bylineLabels: ['von', 'text:', 'text von', 'autor:', 'autorin:', 'ein bericht von', 'ein kommentar von'],
  nameJoiners: ['und', '&'],
  publishedLabels: ['veröffentlicht', 'veröffentlicht am', 'erschienen am', 'erstellt am', 'datum:'],
  updatedLabels: ['aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'stand:', 'geändert am'],
  relativeTimes: [/^vor (?:\d+|einer|einem|wenigen) (?:sekunden?|minuten?|stunden?|tag(?:en)?|woche(?:n)?)$/],
  dateFillers: ['um', 'uhr', 'am', 'den', 'von'],
  months: [['januar', 'jan', 'jänner', 'jän'], ['februar', 'feb'], ['märz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  sections: ['startseite', 'lokales', 'region', 'politik', 'wirtschaft', 'sport', 'kultur', 'panorama', 'meinung', 'wissen', 'reise', 'wetter', 'nachrichten', 'ausland', 'inland', 'gesellschaft', 'leben', 'digital', 'auto', 'gesundheit', 'video', 'fotos', 'regional', 'finanzen', 'karriere', 'immobilien'],
  tagLabels: ['schlagworte', 'schlagwörter', 'themen', 'stichworte', 'mehr zu'],
  commentClasses: ['kommentar', 'kommentare', 'leserkommentare', 'kommentarbereich'],
  teaserClasses: ['verwandte', 'weiterlesen', 'meistgelesen', 'empfehlungen'],
  bylineClasses: ['autor', 'autorin', 'autoren', 'verfasser'],
  copyright: ['alle rechte vorbehalten', 'nachdruck nur mit genehmigung'],
  footerClasses: ['fusszeile', 'fussbereich'],
  consentClasses: ['zustimmung', 'einwilligung', 'datenschutzhinweis'],
};
