import type { PagePhrases } from './page-phrases.ts';

/** Italian. */
export const IT: PagePhrases = {
  teaserLeads: ['leggi anche', 'leggi pure', 'potrebbe interessarti', 'potrebbe interessarti anche', 'ti potrebbe interessare', 'articoli correlati', 'vedi anche', 'leggi di più', 'approfondisci', 'approfondimento', 'per approfondire', 'guarda anche'],
  teaserHeadings: ['articoli correlati', 'i più letti', 'più letti', 'altre notizie', 'ultime notizie', 'potrebbe interessarti', 'ti potrebbe interessare', 'leggi anche', 'notizie correlate', 'in evidenza', 'dalla home', 'i più visti'],
  commentHeadings: ['commenti', 'i commenti dei lettori', 'lascia un commento', 'commenta', 'accedi per commentare', 'scrivi un commento'],
  widgets: ['pubblicità', 'condividi', 'stampa', 'rispondi', 'segnala', 'commenta', 'salva', 'ascolta', 'vai alla versione completa', 'torna alla home', 'caricamento', 'chiudi', 'mostra altro', 'torna su', 'continua a leggere'],
  sharePrompts: ['condividi', 'seguici', 'segui'],
  newsletterWords: ['newsletter'],
  newsletterPitches: ['iscriviti', 'abbonati', 'ricevi', 'ricevere', 'gratis', 'gratuita'],
  consentWords: ['accetta', 'accetto', 'acconsenti', 'consenso', 'rifiuta'],
  bylineLabels: ['di', 'a cura di', 'testo di', 'autore:'],
  nameJoiners: ['e', '&'],
  publishedLabels: ['pubblicato', 'pubblicato il', 'pubblicata il'],
  updatedLabels: ['aggiornato', 'aggiornato il', 'aggiornato alle', 'ultimo aggiornamento', 'modificato il'],
  relativeTimes: [/^(?:\d+|un|una|pochi) (?:secondi?|minuti?|ore|ora|giorni?|settimane?) fa$/],
  dateFillers: ['alle', 'ore', 'il', 'del', 'di'],
  months: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
  sections: ['home', 'cronaca', 'politica', 'economia', 'sport', 'cultura', 'esteri', 'spettacoli', 'opinioni', 'tecnologia', 'scienze', 'salute', 'video', 'foto', 'motori', 'viaggi', 'attualità'],
  tagLabels: ['argomenti', 'tag', 'temi', 'parole chiave'],
  commentClasses: ['commenti', 'commento'],
  teaserClasses: ['correlati', 'correlate'],
  bylineClasses: ['autore', 'autori', 'firma'],
  copyright: ['riproduzione riservata', 'tutti i diritti riservati'],
  footerClasses: ['piede', 'piedipagina'],
  consentClasses: ['consenso', 'informativa'],
};
