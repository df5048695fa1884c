/** The plain data types every stage shares. */
export type * from './span.ts';
export type * from './raw-document.ts';
export type * from './article.ts';
export type * from './mention.ts';
export type * from './report.ts';
export { spanOf, spannedText, trimRange } from './span.ts';
export { REPORT_SCHEMA, onPassage, passageRow, spansOfReport } from './report.ts';
export type * from './story.ts';
export { comparePublished, isDayOnly } from './published.ts';
export type * from './version-edit.ts';
