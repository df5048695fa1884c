import type { DivergenceKind } from '../model/index.ts';
import { kindLabel } from '../report/kind-label.ts';
import { formatDate } from '../report/format-date-range.ts';
import { html, type Html, type HtmlValue } from './html.ts';

/**
 * The web app's Content-Security-Policy: its own stylesheet, images and one script (a story page following its story:
 * it asks only this server), nothing inline, no outside request.
 */
export const WEB_CSP = [
  "default-src 'none'", "style-src 'self'", "img-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

/** A whole page of the web app: the header, the title, the body. */
export function page(title: string, body: HtmlValue): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} — wiretrace</title>
<link rel="stylesheet" href="/static/web.css">
</head>
<body>
<header class="top"><a class="brand" href="/">wiretrace</a>
<nav aria-label="Main"><a href="/">Stories</a><a href="/outlets">Outlets</a><a href="/analyze">Analyse</a><a href="/watch">Watch</a><a href="/openapi.json">API</a></nav></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A publication time, short ("4 Mar 2026 06:40", the day alone when only the day is known), or "undated". */
export function when(iso: string | null): string {
  return formatDate(iso) || 'undated';
}

/** A kind of finding as a reader reads it (as the reports name it). */
export function kindName(kind: string): string {
  return kind in KINDS ? kindLabel(kind as DivergenceKind) : kind;
}

/** Every kind of finding, in the order the filters list them. */
export const KINDS: Readonly<Record<DivergenceKind, true>> = {
  number: true, date: true, quantifier: true, attribution: true, hedge: true, quote: true, entity: true,
  detail_added: true, detail_dropped: true, meaning: true, framing: true,
};
