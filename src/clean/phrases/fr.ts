import type { PagePhrases } from './page-phrases.ts';

/** French. */
export const FR: PagePhrases = {
  teaserLeads: ['lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'en savoir plus', 'à découvrir', 'découvrir aussi', 'lire la suite', 'notre sélection', 'à lire'],
  teaserHeadings: ['sur le même sujet', 'à lire également', 'à lire aussi', 'les plus lus', 'les plus partagés', 'les plus commentés', 'fil info', 'dernières actualités', 'dans la même rubrique', 'articles similaires', 'nos articles', 'à découvrir', 'vous aimerez aussi', 'plus d\'actualités'],
  commentHeadings: ['commentaires', 'réagissez à cet article', 'réagir', 'laisser un commentaire', 'vous devez être connecté pour commenter', 'ajouter un commentaire'],
  widgets: ['publicité', 'pub', 'partager', 'partager cet article', 'imprimer', 'répondre', 'signaler', 'commenter', 'sauvegarder', 'écouter', 'voir la version complète de l\'article', 'voir la version complète', 'retour à l\'accueil', 'chargement en cours', 'chargement', 'fermer', 'voir plus', 'haut de page'],
  sharePrompts: ['partager', 'partagez', 'suivez-nous', 'suivez', 'retrouvez-nous'],
  newsletterWords: ['newsletter', 'newsletters', 'lettre d\'information', 'infolettre', 'lettre d\'info'],
  newsletterPitches: ['inscrivez-vous', 'abonnez-vous', 'recevez', 'recevoir', 'gratuitement', 'gratuite', 's\'inscrire'],
  consentWords: ['accepter', 'acceptez', 'accepte', 'consentement', 'tout accepter', 'paramétrer'],
  bylineLabels: ['par', 'texte :', 'texte:', 'auteur :', 'auteur:', 'propos recueillis par'],
  nameJoiners: ['et', '&'],
  publishedLabels: ['publié', 'publié le', 'paru le', 'mis en ligne le'],
  updatedLabels: ['mis à jour', 'mis à jour le', 'modifié le', 'dernière mise à jour', 'actualisé le'],
  relativeTimes: [/^il y a (?:\d+|une?|quelques) (?:secondes?|minutes?|heures?|jours?|semaines?)$/],
  dateFillers: ['le', 'à', 'h', 'heures'],
  months: [['janvier', 'janv', 'jan'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc']],
  sections: ['accueil', 'actualité', 'actualités', 'international', 'politique', 'économie', 'sports', 'sport', 'culture', 'société', 'régions', 'météo', 'opinions', 'idées', 'sciences', 'santé', 'vidéos', 'photos', 'faits', 'divers', 'loisirs', 'high-tech'],
  tagLabels: ['mots-clés', 'mots clés', 'thèmes', 'sujets', 'tags'],
  commentClasses: ['commentaires', 'commentaire'],
  teaserClasses: ['similaires'],
  bylineClasses: ['auteur', 'auteurs', 'signature'],
  copyright: ['tous droits réservés', 'reproduction interdite'],
  footerClasses: ['pied'],
  consentClasses: ['consentement'],
};
