import type { Report } from '../model/index.ts';
import { reportView } from './report-view.ts';
import { htmlData } from './html/html-data.ts';
import { dataBlock } from './html/data-block.ts';
import { cspSourceHash } from './html/csp-source-hash.ts';
import { escapeHtml } from './html/escape-html.ts';
import { staticFallback } from './html/static-fallback.ts';
import { REPORT_STYLE } from './html/report-style.ts';
import { REPORT_CLIENT } from './html/report-client.ts';

/**
 * The self-contained HTML report: one file, no outside resources, safe to open whatever the articles
 * contain. The report's data sits in a JSON block with every `<`, `>` and `&` escaped (a big report's
 * gzip-compressed, in base64: see html/data-block.ts); the one script
 * builds the page from it with DOM calls only; the Content-Security-Policy, first in the head, allows
 * that script and that stylesheet by hash and nothing else.
 */
export function formatHtml(report: Report): string {
  const view = reportView(report);
  const data = dataBlock(htmlData(report, view));
  const csp = [
    "default-src 'none'",
    `script-src ${cspSourceHash(REPORT_CLIENT)}`,
    `style-src ${cspSourceHash(REPORT_STYLE)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = view.title ? `${view.title} — wiretrace report` : 'wiretrace report';
  return `<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="wiretrace">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header id="page-header" class="page-header"></header>
<main id="app">
<noscript>${staticFallback(view)}</noscript>
</main>
${data}
<script>${REPORT_CLIENT}</script>
</body>
</html>
`;
}
