import type { PagePhrases } from './page-phrases.ts';

/** Spanish. */
export const ES: PagePhrases = {
  teaserLeads: ['leer más', 'lea también', 'lee también', 'lea además', 'te puede interesar', 'le puede interesar', 'también te puede interesar', 'noticias relacionadas', 'noticia relacionada', 'más información', 'ver también', 'relacionado', 'relacionada', 'te recomendamos', 'sigue leyendo', 'puede interesarte'],
  teaserHeadings: ['noticias relacionadas', 'lo más leído', 'lo más visto', 'más leídas', 'más noticias', 'últimas noticias', 'te puede interesar', 'también te puede interesar', 'contenido relacionado', 'artículos relacionados', 'te recomendamos', 'lo último'],
  commentHeadings: ['comentarios', 'deja tu comentario', 'deja un comentario', 'comenta', 'para comentar debes iniciar sesión o registrarte', 'sé el primero en comentar'],
  widgets: ['publicidad', 'anuncio', 'compartir', 'imprimir', 'responder', 'denunciar', 'comentar', 'guardar', 'escuchar', 'ver versión completa', 'ir a la portada', 'cargando', 'cerrar', 'ver más', 'volver arriba', 'seguir leyendo'],
  sharePrompts: ['compartir', 'comparte', 'comparta', 'síguenos', 'siguenos', 'síganos', 'sigue a'],
  newsletterWords: ['boletín', 'boletines', 'newsletter', 'newsletters'],
  newsletterPitches: ['suscríbete', 'suscríbase', 'suscribirse', 'apúntate', 'regístrate', 'recibe', 'reciba', 'gratis'],
  consentWords: ['aceptar', 'acepta', 'aceptas', 'acepto', 'consiente', 'consentimiento', 'política de cookies'],
  bylineLabels: ['por', 'texto:', 'autor:', 'autora:', 'redacción:'],
  nameJoiners: ['y', 'e', '&'],
  publishedLabels: ['publicado', 'publicado el', 'publicado en', 'fecha de publicación'],
  updatedLabels: ['actualizado', 'actualizado el', 'actualizado a las', 'última actualización', 'modificado'],
  relativeTimes: [/^hace (?:\d+|un|una|unos|unas|pocos) (?:segundos?|minutos?|horas?|días?|semanas?)$/],
  dateFillers: ['de', 'del', 'a', 'las', 'la', 'h', 'hrs', 'horas', 'el'],
  months: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'], ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
  sections: ['inicio', 'portada', 'local', 'nacional', 'internacional', 'deportes', 'cultura', 'economía', 'opinión', 'sociedad', 'política', 'tecnología', 'ciencia', 'salud', 'vídeos', 'fotos', 'sucesos', 'gente', 'televisión', 'motor', 'tendencias', 'clima'],
  tagLabels: ['etiquetas', 'temas', 'tags', 'archivado en'],
  commentClasses: ['comentarios', 'comentario'],
  teaserClasses: ['relacionadas', 'relacionados', 'relacionada', 'relacionado'],
  bylineClasses: ['autor', 'autora', 'autores', 'firma'],
  copyright: ['todos los derechos reservados', 'reservados todos los derechos', 'prohibida su reproducción'],
  footerClasses: ['pie'],
  consentClasses: ['consentimiento'],
};
