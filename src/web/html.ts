import { escapeHtml } from '../report/html/escape-html.ts';

/** Markup known to be safe: built by `html` (every value escaped) or by code that escaped it. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A value a template takes: text (escaped), a number, markup, a list of them; null, undefined and false are nothing. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

/**
 * Markup from a template: every interpolated string is escaped (`&<>"'`), so article text can go anywhere a quoted
 * attribute value or element content goes; only `Html` values pass as they are.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}
