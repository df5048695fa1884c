import type { PagePhrases } from './page-phrases.ts';

/** Portuguese, of Portugal and Brazil. */
export const PT: PagePhrases = {
  teaserLeads: ['leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'leia ainda', 'relacionadas', 'notícias relacionadas', 'matérias relacionadas', 'recomendado', 'você pode gostar', 'pode interessar', 'ler mais', 'ver também'],
  teaserHeadings: ['veja também', 'leia também', 'mais lidas', 'mais lidos', 'mais notícias', 'últimas notícias', 'últimas', 'notícias relacionadas', 'matérias relacionadas', 'artigos relacionados', 'recomendados', 'você pode gostar', 'em destaque', 'mais vistos'],
  commentHeadings: ['comentários', 'deixe seu comentário', 'deixe o seu comentário', 'comente', 'faça login para comentar', 'comentar'],
  widgets: ['publicidade', 'anúncio', 'partilhar', 'compartilhar', 'imprimir', 'responder', 'denunciar', 'comentar', 'guardar', 'salvar', 'ouvir', 'ver versão completa', 'voltar ao topo', 'carregando', 'a carregar', 'fechar', 'ver mais', 'continuar lendo', 'continuar a ler'],
  sharePrompts: ['partilhe', 'partilhar', 'compartilhe', 'compartilhar', 'siga', 'siga-nos', 'segue-nos', 'sigam-nos'],
  newsletterWords: ['newsletter', 'newsletters', 'boletim'],
  newsletterPitches: ['subscreva', 'assine', 'cadastre-se', 'inscreva-se', 'receba', 'receber', 'grátis', 'gratuita'],
  consentWords: ['aceitar', 'aceito', 'concorda', 'concordo', 'consentimento', 'política de privacidade'],
  bylineLabels: ['por', 'texto:', 'autor:', 'autora:', 'texto de'],
  nameJoiners: ['e', '&'],
  publishedLabels: ['publicado', 'publicado em', 'publicada em', 'postado em'],
  updatedLabels: ['atualizado', 'atualizado em', 'atualizada em', 'actualizado', 'última atualização', 'última actualização'],
  relativeTimes: [/^h[áa] (?:\d+|um|uma|poucos) (?:segundos?|minutos?|horas?|dias?|semanas?)$/],
  dateFillers: ['de', 'às', 'as', 'h', 'em', 'horas'],
  months: [['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez']],
  sections: ['início', 'capa', 'país', 'política', 'economia', 'esportes', 'desporto', 'cultura', 'opinião', 'cidades', 'sociedade', 'saúde', 'ciência', 'tecnologia', 'vídeos', 'fotos', 'local', 'regional', 'entretenimento', 'educação'],
  tagLabels: ['tópicos', 'temas', 'tags', 'assuntos', 'etiquetas'],
  commentClasses: ['comentarios', 'comentario'],
  teaserClasses: ['relacionadas', 'relacionados', 'relacionada'],
  bylineClasses: ['autor', 'autora', 'autores', 'assinatura'],
  copyright: ['todos os direitos reservados', 'direitos reservados', 'proibida a reprodução'],
  footerClasses: ['rodape', 'rodapé'],
  consentClasses: ['consentimento'],
};
